/**
 * Pagefind on its own, without this plugin: the first N raw files of a folder as custom records
 * (the whole text, a source/year/tag filter and a date sort), then the bundle written to a temporary
 * folder. Shows what the search index costs by itself on this machine.
 *   node bench/pagefind-alone.mjs <folder-of-txt-files> [N=10000]
 *   env CUT=1500 (characters per record), FILTERS=0, SORT=0
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";

const [folder, count = "10000"] = process.argv.slice(2);
if (!folder) {
  console.error("usage: node bench/pagefind-alone.mjs <folder-of-txt-files> [N]");
  process.exit(2);
}
const cut = Number(process.env.CUT || 0);
const files = readdirSync(folder).filter((f) => f.endsWith(".txt")).sort().slice(0, Number(count));
const records = files.map((f, i) => {
  let text = readFileSync(path.join(folder, f), "utf8").normalize("NFC");
  if (cut) text = text.slice(0, cut);
  return {
    url: `/a/${i}/`,
    content: text,
    language: "vi",
    meta: { title: text.split("\n")[0] },
    filters: process.env.FILTERS === "0" ? {} : { source: [`S${i % 40}`], year: [String(2015 + (i % 10))], tag: [`T${i % 3000}`, `T${i % 1700}`] },
    sort: process.env.SORT === "0" ? {} : { date: String(i).padStart(8, "0") },
  };
});
const chars = records.reduce((n, r) => n + r.content.length, 0);
const out = mkdtempSync(path.join(os.tmpdir(), "pagefind-alone-"));
const t0 = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: "vi" });
for (let i = 0; i < records.length; i += 500) await Promise.all(records.slice(i, i + 500).map((r) => index.addCustomRecord(r)));
const t1 = performance.now();
await index.writeFiles({ outputPath: out });
const t2 = performance.now();
await pagefind.close();
rmSync(out, { recursive: true, force: true });
console.log(`${records.length} records, ${(chars / 1e6).toFixed(1)} M characters: add ${((t1 - t0) / 1000).toFixed(1)} s, write ${((t2 - t1) / 1000).toFixed(1)} s`);
