/** Reading the news folder across rebuilds of one watching process: unchanged bytes are never parsed again. */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleParser } from "../../plugin/article-parser.ts";
import { bodyText } from "../../plugin/core/render-body.ts";
import { NewsReader, type NewsLister } from "../../plugin/news-reader.ts";
import { resolveOptions } from "../../plugin/options.ts";

const raw = (body: string) => `Cầu mới thông xe\nThứ tư, 08/12/2021 17:50\n\n${body}\n\nTheo CAND\n`;

function setup(list?: NewsLister) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "reader-"));
  const parser = new ArticleParser(resolveOptions({ readAhead: false }), () => undefined);
  const reader = new NewsReader(parser, list);
  return { dir, reader, read: () => reader.read(dir, (p) => path.basename(p)) };
}

describe("NewsReader between builds", () => {
  it("reuses the parse result of unchanged bytes and parses changed bytes again", async () => {
    const { dir, read } = setup();
    const file = path.join(dir, "a.txt");
    writeFileSync(file, raw("Đoạn một."));
    writeFileSync(path.join(dir, "b.txt"), raw("Bài khác."));
    const first = await read();
    expect(first.parsed).toBe(2);
    const again = await read();
    expect(again.parsed).toBe(0);
    expect(again.files[0]!.result).toBe(first.files[0]!.result);
    writeFileSync(file, raw("Đoạn một.")); // same bytes, new mtime: read and hashed, not parsed
    const touched = await read();
    expect(touched.parsed).toBe(0);
    expect(touched.files[0]!.result).toBe(first.files[0]!.result);
    writeFileSync(file, raw("Đoạn hai, dài hơn."));
    const changed = await read();
    expect(changed.parsed).toBe(1);
    expect(bodyText(changed.files[0]!.html)).toContain("Đoạn hai, dài hơn.");
    expect(changed.files[1]!.result).toBe(first.files[1]!.result);
  });

  it("reports a file that vanished after it was listed as a warning, not an error", async () => {
    const { read } = setup(() => ({ articles: ["gone.txt"], diagnostics: [] }));
    const { files } = await read();
    expect(files).toHaveLength(1);
    const { diagnostics, data } = files[0]!.result;
    expect(data.title).toBe("");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "warning", ruleId: "file-vanished", file: "gone.txt", line: 1 });
  });

  it("forgets every result when told to (the taxonomy changed)", async () => {
    const { dir, reader, read } = setup();
    writeFileSync(path.join(dir, "a.txt"), raw("Đoạn một."));
    await read();
    reader.forget();
    expect((await read()).parsed).toBe(1);
  });
});
