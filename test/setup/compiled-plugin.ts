/**
 * Global setup of the integration tests: the compiled package (`dist/`) that
 * the by-name and install tests use, as `npm ci` (prepare) and `npm pack`
 * make it. Compiled once per run, and only when a source is newer than it
 * (after `npm ci` it is already fresh), so no test compiles it again.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

function newest(dir: string, keep: (f: string) => boolean): number {
  let t = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) if (keep(f)) t = Math.max(t, statSync(path.join(dir, f)).mtimeMs);
  return t;
}

export default function setup(): void {
  const sources = Math.max(newest(path.join(root, "plugin"), (f) => /\.(?:ts|cjs|mjs)$/.test(f)), statSync(path.join(root, "tsconfig.build.json")).mtimeMs);
  let built = 0;
  try {
    built = Math.min(statSync(path.join(root, "dist/index.js")).mtimeMs, statSync(path.join(root, "dist/index.cjs")).mtimeMs);
  } catch {
    // not built yet
  }
  if (built >= sources) return;
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "build:plugin"], { cwd: root, stdio: "inherit" });
}
