/**
 * Tag quality against an editor's labels.
 *   npm run eval:tags -- <folder> <labels.json> [--data _data] [--verbose] [--archive <folder> [--first N]] [--min-articles 2]
 * labels.json: [{ "file": "a.txt", "required": [...], "acceptable": [...] }].
 * A file is looked up in <folder>, then in src/news and test/fixtures/raw.
 * Precision: chosen tags that are required or acceptable / chosen tags.
 * Recall: required tags chosen / required tags. Tags compare as slugs, after
 * mapping through the taxonomy (so an alias counts as its canonical tag).
 * With --archive, the labelled articles are tagged as a build of that archive
 * (its first N files by name) tags them: derived tags fewer than
 * --min-articles of its articles carry are dropped.
 */
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { readArticle } from "../plugin/core/read-article.ts";
import { foldKey } from "../plugin/core/slug.ts";
import { keepCommonTags } from "../plugin/core/tags/archive-tags.ts";
import { createTagger } from "../plugin/core/tags/derive-tags.ts";
import { resolveTagSettings } from "../plugin/tag-settings.ts";

interface Label { file: string; required: string[]; acceptable?: string[] }

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const verbose = args.includes("--verbose") ? (args.splice(args.indexOf("--verbose"), 1), true) : false;
const dataDir = flag("--data") ?? "_data";
const archiveDir = flag("--archive");
const first = Number(flag("--first") ?? Infinity);
const minArticles = Number(flag("--min-articles") ?? 2);
const [folder, labelsPath] = args;
if (!folder || !labelsPath) {
  console.error("usage: npm run eval:tags -- <folder> <labels.json> [--data _data] [--verbose]");
  process.exit(2);
}

/** Every file under the roots, by name (first root wins), listed once. */
function indexFiles(roots: readonly string[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const rel of readdirSync(root, { recursive: true }) as string[]) {
      const p = join(root, rel);
      const name = rel.split(/[\\/]/).pop()!;
      if (!byName.has(name) && statSync(p).isFile()) byName.set(name, p);
    }
  }
  return byName;
}
const files = indexFiles([folder!, "src/news", "test/fixtures/raw"]);
const findFile = (name: string) => files.get(name);

const tagger = createTagger(resolveTagSettings({}, dataDir));
const key = (t: string) => foldKey(tagger.canonical(t));
const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as Label[];
// The archive's tags, as the build counts them.
let archiveTags: ((data: { tags?: unknown; derivedTags?: unknown }) => string[]) | null = null;
if (archiveDir) {
  const names = readdirSync(archiveDir).filter((n) => n.endsWith(".txt")).sort().slice(0, first);
  const all = names.map((n) => readArticle(readFileSync(join(archiveDir, n)), n, {}, tagger).data);
  archiveTags = keepCommonTags(all, minArticles);
  console.log(`archive: ${names.length} articles from ${archiveDir}, minArticles ${minArticles}`);
}
let chosen = 0, correct = 0, required = 0, found = 0, missingFiles = 0;
for (const label of labels) {
  const path = findFile(label.file);
  if (!path) { console.error(`missing file: ${label.file}`); missingFiles++; continue; }
  const data = readArticle(readFileSync(path), path, {}, tagger).data;
  const tags = archiveTags ? archiveTags(data) : data.tags;
  const ok = new Set([...label.required, ...(label.acceptable ?? [])].map(key));
  const req = new Set(label.required.map(key));
  const got = new Set(tags.map(key));
  const wrong = tags.filter((t) => !ok.has(key(t)));
  const missed = label.required.filter((t) => !got.has(key(t)));
  chosen += tags.length;
  correct += tags.length - wrong.length;
  required += req.size;
  found += [...req].filter((k) => got.has(k)).length;
  if (verbose && (wrong.length || missed.length)) console.log(`${label.file}\n  wrong:  ${wrong.join(" | ")}\n  missed: ${missed.join(" | ")}`);
}
const precision = chosen ? correct / chosen : 0;
const recall = required ? found / required : 0;
console.log(`articles ${labels.length - missingFiles}  tags chosen ${chosen}  required ${required}`);
console.log(`precision ${precision.toFixed(3)} (${correct}/${chosen})  recall ${recall.toFixed(3)} (${found}/${required})`);
if (missingFiles) process.exitCode = 1;
