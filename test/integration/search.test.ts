/** The search index and page in a real build to disk (the browser tests query it). */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { article, buildInChild, makeSite } from "./helpers.ts";

const files = {
  "news/a.txt": article("Bảo đảm công tác Đảng", "08/12/2021 10:00", { source: "CAND", tags: ["Bộ Công an"] }),
  "news/b.txt": article("Cầu mới thông xe", "09/12/2021 10:00", { source: "Tuổi Trẻ" }),
  "news/c.txt": article("Bài không ngày", null),
};
const entry = (root: string) => JSON.parse(readFileSync(path.join(root, "_site/pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };

describe("search", () => {
  it("indexes every published article, adds the page and a header box, and drops a deleted article from the index", () => {
    const root = makeSite(files);
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("[news-archive] search index: 3 articles");
    expect(entry(root).languages.vi!.page_count).toBe(3);
    expect(existsSync(path.join(root, "_site/pagefind/pagefind.js"))).toBe(true);
    const page = readFileSync(path.join(root, "_site/tim-kiem/index.html"), "utf8");
    expect(page).toContain('data-bundle="/pagefind/"');
    expect(page).toContain('<option>CAND</option>');
    expect(page).toContain("<noscript>");
    expect(readFileSync(path.join(root, "_site/news-archive-search.js"), "utf8")).toContain("export function queryVariants");
    const home = readFileSync(path.join(root, "_site/index.html"), "utf8");
    expect(home).toMatch(/<form class="site-search" role="search" action="\/tim-kiem\/" method="get">/);
    rmSync(path.join(root, "src/news/b.txt"));
    expect(buildInChild(root).status).toBe(0);
    expect(entry(root).languages.vi!.page_count).toBe(2);
    expect(existsSync(path.join(root, "_site/pagefind.tmp"))).toBe(false);
  }, 60_000);

  it("has no box, no page and no index with search: false, and says /search/ in English", () => {
    const off = makeSite(files);
    expect(buildInChild(off, {}, { search: false }).status).toBe(0);
    expect(existsSync(path.join(off, "_site/tim-kiem"))).toBe(false);
    expect(existsSync(path.join(off, "_site/pagefind"))).toBe(false);
    expect(readFileSync(path.join(off, "_site/index.html"), "utf8")).not.toContain("site-search");
    const en = makeSite(files);
    expect(buildInChild(en, {}, { locale: "en" }).status).toBe(0);
    expect(readFileSync(path.join(en, "_site/search/index.html"), "utf8")).toContain("Search needs JavaScript");
  }, 60_000);

  it("says clearly when Pagefind cannot run, and points to the option", () => {
    const root = makeSite(files);
    const r = buildInChild(root, { PAGEFIND_BINARY_PATH: path.join(root, "no-such-pagefind") });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("news-archive: the search index could not be built");
    expect(r.stderr).toContain("`search: false`");
    expect(existsSync(path.join(root, "_site/index.html"))).toBe(true); // the pages were written before
  }, 60_000);
});
