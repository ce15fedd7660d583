/**
 * The parse cache on disk (`plugin/parse-cache.ts`): a second `eleventy` run reuses what the first
 * derived from each unchanged raw file, and never what no longer holds (an edited file, other code
 * or settings, a damaged cache).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ParseCache, settingsPrint } from "../../plugin/parse-cache.ts";
import type { NewsFile } from "../../plugin/news-reader.ts";
import { article, buildInChild, makeSite, readOutput } from "./helpers.ts";

const CACHE = ".cache/news-archive";

function cacheFiles(root: string): string[] {
  try {
    return readdirSync(path.join(root, CACHE)).filter((n) => n.endsWith(".jsonl"));
  } catch {
    return [];
  }
}

/** Put `marker` into the cached body of the entry for `file`, leaving its stamp: only a build that trusts the cache prints it. */
function markCachedBody(root: string, file: string, marker: string): void {
  const [name] = cacheFiles(root);
  const full = path.join(root, CACHE, name!);
  const lines = readFileSync(full, "utf8").split("\n");
  let hit = 0;
  const out = lines.map((line, i) => {
    if (i === 0 || line === "") return line;
    const f = JSON.parse(line) as NewsFile;
    if (!f.key.endsWith(file)) return line;
    hit++;
    return JSON.stringify({ ...f, html: `<p>${marker}</p>` });
  });
  expect(hit).toBe(1);
  writeFileSync(full, out.join("\n"));
}

function build(root: string, options: Record<string, unknown> = {}): string {
  const r = buildInChild(root, { TZ: "UTC" }, { search: false, ...options });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

const pageOf = (root: string, slugPart: string) => {
  const hits = [...readOutput(root)].filter(([rel]) => rel.includes(slugPart) && rel.endsWith("index.html"));
  expect(hits, slugPart).toHaveLength(1);
  return hits[0]![1];
};

describe("the parse cache", () => {
  it("is written by a build and reused by the next one for unchanged files only", () => {
    const root = makeSite({
      "news/mot.txt": article("Bài thứ nhất về Hà Nội", "Thứ tư, 08/12/2021 17:50"),
      "news/hai.txt": article("Bài thứ hai về Huế", "Thứ năm, 09/12/2021 08:00"),
    });
    try {
      build(root);
      expect(cacheFiles(root)).toHaveLength(1);
      const first = readOutput(root);

      // Unchanged files: the next build takes their results from the cache (the marker shows it did).
      markCachedBody(root, "news/mot.txt", "TỪ BỘ NHỚ ĐỆM");
      build(root);
      expect(pageOf(root, "bai-thu-nhat")).toContain("TỪ BỘ NHỚ ĐỆM");

      // An edited file is parsed again, whatever the cache holds for it.
      markCachedBody(root, "news/hai.txt", "CŨ");
      writeFileSync(path.join(root, "src/news/hai.txt"), article("Bài thứ hai về Huế", "Thứ năm, 09/12/2021 08:00", { body: "Nội dung đã sửa lại." }));
      build(root);
      expect(pageOf(root, "bai-thu-hai")).toContain("Nội dung đã sửa lại.");
      expect(pageOf(root, "bai-thu-hai")).not.toContain("CŨ");

      // A file touched but not changed (a fresh checkout) keeps its entry: same bytes, same hash.
      utimesSync(path.join(root, "src/news/mot.txt"), new Date(), new Date(2030, 0, 1));
      build(root);
      expect(pageOf(root, "bai-thu-nhat")).toContain("TỪ BỘ NHỚ ĐỆM");

      // Without the cache, the build is what it was before any of this.
      rmSync(path.join(root, CACHE), { recursive: true });
      writeFileSync(path.join(root, "src/news/hai.txt"), article("Bài thứ hai về Huế", "Thứ năm, 09/12/2021 08:00"));
      build(root);
      const again = readOutput(root);
      for (const [rel, text] of first) if (rel.endsWith(".html")) expect(again.get(rel), rel).toBe(text);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("is not used after the parse options or the taxonomy change, and the old file is removed", () => {
    const root = makeSite({ "news/mot.txt": article("Bài thứ nhất về Hà Nội", "Thứ tư, 08/12/2021 17:50") });
    try {
      build(root);
      const [before] = cacheFiles(root);
      markCachedBody(root, "news/mot.txt", "TỪ BỘ NHỚ ĐỆM");
      build(root, { slugMaxLength: 40 });
      expect(pageOf(root, "bai-thu-nhat")).not.toContain("TỪ BỘ NHỚ ĐỆM");
      expect(cacheFiles(root)).toHaveLength(1);
      expect(cacheFiles(root)[0]).not.toBe(before);

      markCachedBody(root, "news/mot.txt", "TỪ BỘ NHỚ ĐỆM");
      mkdirSync(path.join(root, "src/_data"), { recursive: true });
      writeFileSync(path.join(root, "src/_data/newsTaxonomy.json"), JSON.stringify({ tags: [{ name: "Thủ đô", aliases: ["Hà Nội"] }] }));
      build(root, { slugMaxLength: 40 });
      expect(pageOf(root, "bai-thu-nhat")).not.toContain("TỪ BỘ NHỚ ĐỆM");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("is ignored whole when damaged, and `cache: false` writes none", () => {
    const root = makeSite({ "news/mot.txt": article("Bài thứ nhất về Hà Nội", "Thứ tư, 08/12/2021 17:50") });
    try {
      build(root);
      markCachedBody(root, "news/mot.txt", "TỪ BỘ NHỚ ĐỆM");
      const full = path.join(root, CACHE, cacheFiles(root)[0]!);
      writeFileSync(full, readFileSync(full, "utf8").slice(0, -40)); // a write cut short
      build(root);
      expect(pageOf(root, "bai-thu-nhat")).not.toContain("TỪ BỘ NHỚ ĐỆM");

      rmSync(path.join(root, ".cache"), { recursive: true });
      build(root, { cache: false });
      expect(cacheFiles(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it("is written by a build that fails while rendering, and serves the next build", () => {
    const root = makeSite({
      "news/mot.txt": article("Bài thứ nhất về Hà Nội", "Thứ tư, 08/12/2021 17:50"),
      "broken.njk": "{{ notAFunction() }}", // a page of the site that cannot render
    });
    try {
      const failed = buildInChild(root, { TZ: "UTC" }, { search: false });
      expect(failed.status).not.toBe(0);
      expect(failed.stderr).toContain("notAFunction");
      // A parse result does not depend on how the rendering went: the cache was written right after the read.
      expect(cacheFiles(root)).toHaveLength(1);
      markCachedBody(root, "news/mot.txt", "TỪ BỘ NHỚ ĐỆM");
      rmSync(path.join(root, "src/broken.njk"));
      build(root);
      expect(pageOf(root, "bai-thu-nhat")).toContain("TỪ BỘ NHỚ ĐỆM");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("ParseCache", () => {
  it("keeps one file per news folder, and entries survive the round trip exactly", async () => {
    const root = makeSite({});
    try {
      const folder = path.join(root, "cache");
      const entry: NewsFile = {
        key: "/n/a.txt",
        display: "src/news/a.txt",
        relative: "a.txt",
        result: { data: { title: "Tiêu đề “có ngoặc”\u2028" } as never, body: [], diagnostics: [{ severity: "warning", ruleId: "x", reason: "y", file: "src/news/a.txt", line: 3, column: 1 }] },
        html: "<p>Đoạn một.</p>\n",
        words: 2,
        hash: "abc",
        stamp: "1:2:3",
        mtimeMs: 2,
      };
      const a = new ParseCache(folder, "/n", settingsPrint({ zone: "Asia/Ho_Chi_Minh" }, ""));
      expect(await a.save([entry, { ...entry, key: "/n/b.txt", hash: null, stamp: null }])).toBe(true);
      expect(await a.save([entry])).toBe(false); // nothing changed
      expect(new ParseCache(folder, "/n", settingsPrint({ zone: "Asia/Ho_Chi_Minh" }, "")).load()).toStrictEqual(new Map([["/n/a.txt", entry]]));

      // Front matter JSON cannot hold (`.nan`) keeps a file out; a file changed just now is kept without its stamp (checked by hash).
      const odd = { ...entry, key: "/n/c.txt", result: { ...entry.result, data: { title: "x", score: Number.NaN } as never } };
      const fresh = { ...entry, key: "/n/d.txt", mtimeMs: Date.now() };
      expect(await a.save([entry, odd, fresh])).toBe(true);
      const back = new ParseCache(folder, "/n", settingsPrint({ zone: "Asia/Ho_Chi_Minh" }, "")).load();
      expect([...back.keys()]).toEqual(["/n/a.txt", "/n/d.txt"]);
      expect(back.get("/n/d.txt")!.stamp).toBe("");
      expect(back.get("/n/a.txt")!.stamp).toBe("1:2:3");

      // Another news folder's cache stays; this folder's cache under other settings replaces it.
      await new ParseCache(folder, "/other", settingsPrint({}, "")).save([entry]);
      await new ParseCache(folder, "/n", settingsPrint({ zone: "UTC" }, "")).save([entry]);
      expect(readdirSync(folder)).toHaveLength(2);
      expect(new ParseCache(folder, "/n", settingsPrint({ zone: "Asia/Ho_Chi_Minh" }, "")).load().size).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
