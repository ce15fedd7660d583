/**
 * Tagger cost: milliseconds per article for automatic tags on synthetic
 * articles (CPU time of one thread, steadier than whole-build timings).
 *   npm run bench:tags [-- <N>]
 */
import { parseArticle } from "../plugin/core/parse-article.ts";
import { createTagger } from "../plugin/core/tags/derive-tags.ts";
import { resolveTagSettings } from "../plugin/tag-settings.ts";
import { syntheticArticle } from "./synthetic.ts";

const n = Number(process.argv[2] ?? 5000);
const articles = Array.from({ length: n }, (_, i) => parseArticle(syntheticArticle(i).text, `${i}.txt`)).map((r) => ({
  title: r.data.title,
  lead: r.data.lead,
  paragraphs: r.body.map((b) => b.text),
  explicit: r.data.tags,
}));
const tagger = createTagger(resolveTagSettings({}, "_data"));
for (const a of articles.slice(0, 500)) tagger.derive(a); // warm up
const cpu0 = process.cpuUsage();
let tags = 0;
for (const a of articles) tags += tagger.derive(a).tags.length;
const cpu = process.cpuUsage(cpu0);
const ms = (cpu.user + cpu.system) / 1000;
console.log(`tagged ${n} articles in ${(ms / 1000).toFixed(2)} s CPU: ${(ms / n).toFixed(3)} ms/article, ${(tags / n).toFixed(1)} tags/article`);
