/** The search index and page in a real build to disk (the browser tests query it). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
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

  it("is the same index whether the worker reads the text from the parse cache or is sent it", () => {
    const bundle = (root: string) => {
      const dir = path.join(root, "_site/news-search");
      const out = new Map<string, string>();
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name)) : out.set(path.relative(dir, path.join(d, e.name)), readFileSync(path.join(d, e.name), "utf8"));
      };
      walk(dir);
      return out;
    };
    const cached = makeSite(files);
    const a = buildInChild(cached, { NEWS_ARCHIVE_TIMING: "1" });
    expect(a.status, a.stderr).toBe(0);
    expect(a.stderr).toContain("3 articles' text from the parse cache");
    const sent = makeSite(files);
    const b = buildInChild(sent, { NEWS_ARCHIVE_TIMING: "1" }, { cache: false });
    expect(b.status, b.stderr).toBe(0);
    expect(b.stderr).toContain("0 articles' text from the parse cache");
    expect(bundle(cached).size).toBeGreaterThan(2);
    expect(bundle(cached)).toEqual(bundle(sent));
  }, 60_000);

  it("indexes an article whose parse-cache entry is gone by its title and says so, never dropping it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "search-cache-"));
    const cacheFile = path.join(dir, "parse.jsonl");
    const entry = (key: string, hash: string, html: string) => JSON.stringify({ key, display: key, relative: key, result: {}, html, words: 2, hash, stamp: "", mtimeMs: 0 });
    writeFileSync(cacheFile, `${JSON.stringify({ format: 1, entries: 1 })}\n${entry("/n/a.txt", "h1", "<p>Thân bài lưu sẵn</p>")}\n`);
    const view = (id: string, title: string, epochMs: number) => ({
      id, url: `/${id}/`, article: { title, lead: "", author: null, source: null, tags: [], dateText: null, date: null, epochMs, keys: null },
    });
    const archive = {
      views: [view("a", "Tin một", 2), view("b", "Tin hai", 1)],
      text: () => ["Không đọc lại"],
      source: (id: string) => ({ key: `/n/${id}.txt`, hash: "h1" }),
    } as unknown as Archive;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await writeSearchIndex(archive, path.join(dir, "_site"), { file: cacheFile, hashes: new Map([["/n/a.txt", "h1"], ["/n/b.txt", "h1"]]) });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("1 article(s) were indexed for search without their body text"));
    } finally {
      warn.mockRestore();
    }
    const bundleDir = path.join(dir, "_site/news-search");
    const index = JSON.parse(readFileSync(path.join(bundleDir, "index.json"), "utf8")) as { docs: number; shards: number };
    expect(index.docs).toBe(2);
    const keys = readdirSync(path.join(bundleDir, "t")).flatMap((f) => Object.keys(JSON.parse(readFileSync(path.join(bundleDir, "t", f), "utf8")) as object));
    // a's body came from the cache; b is still found by its title; neither got the text the build would have sent.
    expect(keys).toEqual(expect.arrayContaining(["luu", "san", "hai"]));
    expect(keys).not.toContain("lai");
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
