/** The store across rebuilds of one watching process: unchanged bytes are never parsed again. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleStore } from "../../plugin/article-store.ts";
import { resolveOptions } from "../../plugin/options.ts";

const raw = (body: string) => `Cầu mới thông xe\nThứ tư, 08/12/2021 17:50\n\n${body}\n\nTheo CAND\n`;

function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "store-"));
  const file = path.join(dir, "a.txt");
  const store = new ArticleStore(resolveOptions({ readAhead: false }), () => dir, () => undefined);
  return { dir, file, store };
}

describe("ArticleStore between builds", () => {
  it("reuses the parse result of unchanged bytes and parses changed bytes again", () => {
    const { file, store } = setup();
    writeFileSync(file, raw("Đoạn một."));
    store.reset();
    const first = store.get(file).result;
    store.reset();
    writeFileSync(file, raw("Đoạn một.")); // same bytes, new mtime
    expect(store.get(file).result).toBe(first);
    store.reset();
    writeFileSync(file, raw("Đoạn hai."));
    const third = store.get(file).result;
    expect(third).not.toBe(first);
    expect(third.body.map((b) => b.text)).toContain("Đoạn hai.");
  });

  it("reports a file that vanished before it was read as a warning, not an error", () => {
    const { file, store } = setup();
    writeFileSync(file, raw("Đoạn một."));
    rmSync(file);
    store.reset();
    const { diagnostics, data } = store.get(file).result;
    expect(data.title).toBe("");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "warning", ruleId: "file-vanished", line: 1 });
  });
});
