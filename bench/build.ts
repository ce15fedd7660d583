/**
 * `npm run bench -- <N>`: generate N synthetic articles in a temporary
 * folder, build them once in a fresh Node process, and print wall time,
 * peak memory (max RSS of that process) and pages per second.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticArticle } from "./synthetic.ts";

// `npm run bench -- <N> [--tags off|explicit|taxonomy|auto]`
const args = process.argv.slice(2);
const tagsAt = args.indexOf("--tags");
const tagsMode = tagsAt >= 0 ? args.splice(tagsAt, 2)[1]! : "auto";
// `--no-read-ahead`: parse and tag on Eleventy's thread, to see what the worker saves.
const noReadAhead = args.includes("--no-read-ahead") ? (args.splice(args.indexOf("--no-read-ahead"), 1), true) : false;
const n = Number(args[0] ?? 1000);
if (!Number.isInteger(n) || n < 1) {
  console.error("usage: npm run bench -- <number of articles>");
  process.exit(2);
}
const root = mkdtempSync(path.join(os.tmpdir(), "news-archive-bench-"));
const input = path.join(root, "src");
for (let i = 0; i < n; i++) {
  const { name, text } = syntheticArticle(i);
  const file = path.join(input, "news", name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const started = performance.now();
const child = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), path.join(here, "build-child.ts"), "src", "_site", tagsMode, String(!noReadAhead)], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, TZ: process.env.TZ ?? "UTC" },
  maxBuffer: 64 * 1024 * 1024,
});
const wallMs = performance.now() - started;
const last = child.stdout.trim().split("\n").pop() ?? "";
if (child.status !== 0 || !last.startsWith("{")) {
  console.error(child.stdout, child.stderr);
  process.exit(1);
}
const r = JSON.parse(last) as { pages: number; buildMs: number; cpuMs: number; maxRssKb: number };
const summary = child.stdout.split("\n").find((l) => l.startsWith("[news-archive]")) ?? "";
console.log(`${summary}  (tags: ${tagsMode}, read-ahead: ${noReadAhead ? "off" : "on"})`);
console.log(
  `articles ${n}  pages ${r.pages}  wall ${(wallMs / 1000).toFixed(2)} s (build ${(r.buildMs / 1000).toFixed(2)} s, CPU ${(r.cpuMs / 1000).toFixed(2)} s)  peak RSS ${Math.round(r.maxRssKb / 1024)} MB  ${Math.round(r.pages / (wallMs / 1000))} pages/s`,
);
if (!process.env.BENCH_KEEP) rmSync(root, { recursive: true, force: true });
else console.log(`kept ${root}`);
