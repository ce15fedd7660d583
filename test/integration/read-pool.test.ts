import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticArticle } from "../../bench/synthetic.ts";
import { contentHash } from "../../plugin/content-hash.ts";
import { readArticle } from "../../plugin/core/read-article.ts";
import { bodyText, renderBody, withoutBlocks } from "../../plugin/core/render-body.ts";
import { wordCount } from "../../plugin/core/open-data.ts";
import { createTagger } from "../../plugin/core/tags/derive-tags.ts";
import { getDefaults } from "../../plugin/options.ts";
import { ReadPool, WORKER_THRESHOLD } from "../../plugin/read-pool.ts";
import { resolveTagSettings } from "../../plugin/tag-settings.ts";

describe("reading a large news folder on a worker thread", () => {
  it("gives exactly what reading on the main thread gives, for every file", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "news-archive-pool-"));
    const files: string[] = [];
    for (let i = 0; i < WORKER_THRESHOLD + 20; i++) {
      const { name, text } = syntheticArticle(i);
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      files.push(file);
    }
    const o = getDefaults();
    const pool = new ReadPool();
    const results = await pool.read(
      files.map((key) => ({ key, display: path.basename(key) })),
      { zone: o.zone, slugMaxLength: o.slugMaxLength, furniture: o.furniture, tags: o.tags, dataDir: undefined },
    );
    expect(results).toHaveLength(files.length);
    const tagger = createTagger(resolveTagSettings(o.tags, undefined));
    for (const [i, file] of files.entries()) {
      const fromWorker = results[i];
      expect(fromWorker, file).not.toBeNull();
      const bytes = readFileSync(file);
      const onMain = readArticle(bytes, path.basename(file), { zone: o.zone, slugMaxLength: o.slugMaxLength }, tagger);
      // The body comes back once, as HTML (the blocks are dropped after rendering).
      expect(fromWorker!.result).toEqual(withoutBlocks(onMain));
      expect(fromWorker!.html).toBe(renderBody(onMain.body));
      expect(fromWorker!.hash).toBe(contentHash(bytes));
      expect(fromWorker!.words).toBe(wordCount(bodyText(renderBody(onMain.body))));
      expect(fromWorker!.words).toBeGreaterThan(0);
    }
    pool.stop();
  }, 60_000);

  it("shares a list with this thread: each file is done once, by one of the two, and both take part", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "news-archive-share-"));
    const files: { key: string; display: string }[] = [];
    for (let i = 0; i < 400; i++) {
      const { name, text } = syntheticArticle(i);
      const key = path.join(dir, name);
      mkdirSync(path.dirname(key), { recursive: true });
      writeFileSync(key, text);
      files.push({ key, display: name });
    }
    const o = getDefaults();
    const here: number[] = [];
    const tagger = createTagger(resolveTagSettings(o.tags, undefined));
    const results = await new ReadPool().share(files, { zone: o.zone, slugMaxLength: o.slugMaxLength, furniture: o.furniture, tags: o.tags, dataDir: undefined }, (i) => {
      here.push(i);
      // As slow as a real parse, so the worker gets its share.
      readArticle(readFileSync(files[i]!.key), files[i]!.display, { zone: o.zone, slugMaxLength: o.slugMaxLength }, tagger);
    });
    const byWorker = results.flatMap((r, i) => (r ? [i] : []));
    expect(new Set(here).size).toBe(here.length);
    expect([...here, ...byWorker].sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    expect(here.length).toBeGreaterThan(0);
    expect(byWorker.length).toBeGreaterThan(0);
    // This thread took from the start, the worker from the end.
    expect(Math.max(...here)).toBeLessThan(Math.min(...byWorker));
  }, 60_000);

  it("rejects, rather than waits for ever, when this thread's part fails", async () => {
    const o = getDefaults();
    const files = Array.from({ length: 64 }, (_, i) => ({ key: path.join(os.tmpdir(), "news-archive-share-none", `${i}.txt`), display: `${i}.txt` }));
    const shared = new ReadPool().share(files, { zone: o.zone, slugMaxLength: o.slugMaxLength, furniture: o.furniture, tags: o.tags, dataDir: undefined }, () => {
      throw new Error("a broken setting");
    });
    await expect(shared).rejects.toThrow("a broken setting");
  }, 60_000);

  it("hands back a file it could not read for the main thread to report", async () => {
    const o = getDefaults();
    const missing = path.join(os.tmpdir(), "news-archive-pool-missing", "nope.txt");
    const results = await new ReadPool().read([{ key: missing, display: "nope.txt" }], { zone: o.zone, slugMaxLength: o.slugMaxLength, furniture: o.furniture, tags: o.tags, dataDir: undefined });
    expect(results).toEqual([null]);
  }, 60_000);
});
