/**
 * Compare `news-archive inspect --json` output with a truth.jsonl file
 * (title, date as an instant, source; paragraph count where given).
 *   npx news-archive inspect <folder> --json > out.json
 *   npx tsx bench/compare-truth.ts out.json <truth.jsonl>
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";

interface Entry { file: string; data: { title: string; date: string | null; source: string | null }; diagnostics: unknown[] }
interface Truth { file: string; title: string; datetime: string; source: string | null; paragraphCount?: number }

const [outPath, truthPath] = process.argv.slice(2);
if (!outPath || !truthPath) {
  console.error("usage: tsx bench/compare-truth.ts <inspect.json> <truth.jsonl>");
  process.exit(2);
}
const entries = new Map((JSON.parse(readFileSync(outPath, "utf8")) as Entry[]).map((e) => [basename(e.file), e]));
const truths = readFileSync(truthPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Truth);

const score = { title: 0, date: 0, source: 0 };
const misses: string[] = [];
for (const t of truths) {
  const e = entries.get(t.file);
  if (!e) { misses.push(`${t.file}: missing from inspect output`); continue; }
  if (e.data.title === t.title) score.title++;
  else misses.push(`${t.file}: title ${JSON.stringify(e.data.title)} ≠ ${JSON.stringify(t.title)}`);
  if (e.data.date && Date.parse(e.data.date) === Date.parse(t.datetime)) score.date++;
  else misses.push(`${t.file}: date ${e.data.date} ≠ ${t.datetime}`);
  if (e.data.source === t.source) score.source++;
  else misses.push(`${t.file}: source ${JSON.stringify(e.data.source)} ≠ ${JSON.stringify(t.source)}`);
}
const n = truths.length;
const pct = (k: number) => `${k}/${n} = ${((100 * k) / n).toFixed(2)}%`;
for (const m of misses.slice(0, 40)) console.log(m);
console.log(`title  ${pct(score.title)}\ndate   ${pct(score.date)}\nsource ${pct(score.source)}`);
