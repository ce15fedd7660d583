/**
 * The plugin's part of a rebuild while serving, without Eleventy: a full start over a news folder, then
 * one article edited and the archive started again as `--serve` does, timed and (with --profile) profiled
 * on the rebuild only. Shows where a rebuild's time goes.
 *   npx tsx bench/rebuild.ts <project-with-src/news> [--profile out.cpuprofile] [--runs 3]
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { ArchiveEngine } from "../plugin/engine.ts";
import { resolveOptions } from "../plugin/options.ts";

const args = process.argv.slice(2);
const root = path.resolve(args[0] ?? ".");
const flag = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(flag("--runs") ?? 3);
const profile = flag("--profile");

const options = resolveOptions({});
const dirs = () => ({ input: path.join(root, "src"), output: path.join(root, "_site"), data: path.join(root, "_data") });
const engine = new ArchiveEngine(options, dirs, (p) => path.relative(root, p));
let t = performance.now();
await engine.start(true, false);
engine.finish(true);
console.log(`full start: ${Math.round(performance.now() - t)} ms`);
const news = path.join(root, "src", options.newsFolder);
const victim = path.join(news, readdirSync(news).filter((f) => f.endsWith(".txt")).sort()[0]!);
const original = readFileSync(victim);
const session = new Session();
if (profile) {
  session.connect();
  await session.post("Profiler.enable");
}
try {
  for (let i = 0; i < runs; i++) {
    appendFileSync(victim, `\n\nĐoạn sửa thử nghiệm ${i}.\n`);
    if (profile && i === runs - 1) await session.post("Profiler.start");
    t = performance.now();
    const plan = await engine.start(true, true);
    engine.finish(true);
    const ms = Math.round(performance.now() - t);
    if (profile && i === runs - 1) writeFileSync(profile, JSON.stringify((await session.post("Profiler.stop")).profile));
    console.log(`rebuild ${i + 1}: ${ms} ms (${plan.parsed} parsed, ${plan.render.article.length} article pages)`);
  }
} finally {
  writeFileSync(victim, original);
}
