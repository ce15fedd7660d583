/** The search index and page in a real build to disk (the browser tests query it). */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Archive } from "../../plugin/archive.ts";
import { NewsArchiveSearchError, writeSearchIndex } from "../../plugin/search-index.ts";
import { article, buildInChild, makeSite } from "./helpers.ts";

const files = {
  "news/a.txt": article("Bảo đảm công tác Đảng", "08/12/2021 10:00", { source: "CAND", tags: ["Bộ Công an"] }),
  "news/b.txt": article("Cầu mới thông xe", "09/12/2021 10:00", { source: "Tuổi Trẻ" }),
  "news/c.txt": article("Bài không ngày", null),
};
const manifest = (root: string) => JSON.parse(readFileSync(path.join(root, "_site/news-search/index.json"), "utf8")) as { docs: number; sources: string[] };

describe("search", () => {
  it("indexes every published article, adds the page and a header box, and drops a deleted article from the index", () => {
    const root = makeSite(files);
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("[news-archive] search index: 3 articles");
    expect(manifest(root).docs).toBe(3);
    expect(manifest(root).sources).toEqual(["CAND", "Tuổi Trẻ"]);
    expect(existsSync(path.join(root, "_site/news-search/t/0.json"))).toBe(true);
    const page = readFileSync(path.join(root, "_site/tim-kiem/index.html"), "utf8");
    expect(page).toContain('data-bundle="/news-search/"');
    expect(page).toContain('<option>CAND</option>');
    expect(page).toContain("<noscript>");
    expect(readFileSync(path.join(root, "_site/news-archive-search.js"), "utf8")).toContain("export function queryTerms");
    const home = readFileSync(path.join(root, "_site/index.html"), "utf8");
    expect(home).toMatch(/<form class="site-search" role="search" action="\/tim-kiem\/" method="get">/);
    rmSync(path.join(root, "src/news/b.txt"));
    expect(buildInChild(root).status).toBe(0);
    expect(manifest(root).docs).toBe(2);
    expect(manifest(root).sources).toEqual(["CAND"]);
    expect(readdirSync(path.join(root, "_site")).filter((f) => f.startsWith("news-search."))).toEqual([]);
  }, 60_000);

  it("has no box, no page and no index with search: false, and says /search/ in English", () => {
    const off = makeSite(files);
    expect(buildInChild(off, {}, { search: false }).status).toBe(0);
    expect(existsSync(path.join(off, "_site/tim-kiem"))).toBe(false);
    expect(existsSync(path.join(off, "_site/news-search"))).toBe(false);
    expect(readFileSync(path.join(off, "_site/index.html"), "utf8")).not.toContain("site-search");
    const en = makeSite(files);
    expect(buildInChild(en, {}, { locale: "en" }).status).toBe(0);
    expect(readFileSync(path.join(en, "_site/search/index.html"), "utf8")).toContain("Search needs JavaScript");
  }, 60_000);

  it("says clearly when the index cannot be written, and points to the option", async () => {
    const root = makeSite(files);
    writeFileSync(path.join(root, "not-a-folder"), "");
    const archive = { views: [], text: () => [] } as unknown as Archive;
    // The output folder lies inside a file: the worker cannot make the bundle.
    const failed = await writeSearchIndex(archive, path.join(root, "not-a-folder", "_site")).then(() => null, (e: unknown) => e);
    expect(failed).toBeInstanceOf(NewsArchiveSearchError);
    expect((failed as Error).message).toContain("news-archive: the search index could not be built");
    expect((failed as Error).message).toContain("`search: false`");
  }, 60_000);
});
