/**
 * Parser throughput: MB/s of raw text through parseArticle on this machine.
 *   npm run bench:parse [-- <folder-of-txt-files>] [--mb 50]
 * Without a folder it uses the sample article and synthetic variants of it
 * (several date styles, attributions, bylines, CRLF, NFD, BOM).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArticle } from "../plugin/core/parse-article.ts";

const args = process.argv.slice(2);
const mbIndex = args.indexOf("--mb");
const targetMb = mbIndex >= 0 ? Number(args[mbIndex + 1]) : 50;
const folder = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--mb");

function inputs(): Uint8Array[] {
  if (folder) {
    return readdirSync(folder).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(folder, f)));
  }
  const sample = readFileSync(new URL("../test/fixtures/raw/sample-article.txt", import.meta.url), "utf8");
  const lines = sample.split("\n");
  const dateStyles = ["Thứ tư, 08/12/2021 17:50", "Thứ Tư, 8/12/2021, 17:50 (GMT+7)", "Thứ tư, 08/12/2021 - 17:50", "08/12/2021 17:50 GMT+7", "08/12/2021 17:50", "Thứ tư, 08-12-2021, 17:50", "17:50 ngày 08/12/2021", "2021-12-08T17:50:00+07:00"];
  const closings = ["Theo CAND", "(Theo TTXVN)", "Nguồn: https://tuoitre.vn/x.htm", "Minh Anh", "Theo báo Tuổi Trẻ\n\nHoàng Nam"];
  const out: Uint8Array[] = [];
  for (let i = 0; i < 40; i++) {
    const v = [...lines];
    v[2] = dateStyles[i % dateStyles.length]!;
    v[v.length - 1] = closings[i % closings.length]!;
    let text = v.join("\n");
    if (i % 5 === 1) text = text.replace(/\n/g, "\r\n");
    if (i % 7 === 2) text = text.normalize("NFD");
    const bytes = Buffer.from(text, "utf8");
    out.push(i % 6 === 3 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes);
  }
  return out;
}

const files = inputs();
const setBytes = files.reduce((n, f) => n + f.length, 0);
// Warm up the JIT, then time enough passes to cover the target volume.
for (const f of files) parseArticle(f, "warmup.txt");
const passes = Math.max(1, Math.ceil((targetMb * 1024 * 1024) / setBytes));
let diagnostics = 0;
const t0 = performance.now();
for (let p = 0; p < passes; p++) {
  for (let i = 0; i < files.length; i++) diagnostics += parseArticle(files[i]!, `f${i}.txt`).diagnostics.length;
}
const seconds = (performance.now() - t0) / 1000;
const mb = (setBytes * passes) / (1024 * 1024);
console.log(`parsed ${files.length * passes} files, ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s: ${(mb / seconds).toFixed(1)} MB/s, ${((files.length * passes) / seconds).toFixed(0)} files/s (${diagnostics} diagnostics)`);
