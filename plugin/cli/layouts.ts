/**
 * `news-archive layouts <includes-folder>`: copy the plugin's layouts into a
 * project's includes folder, to edit them or because that folder lies
 * outside Eleventy's input folder. Never overwrites an existing file.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { LAYOUT_FOLDER, PACKAGE_INCLUDES } from "../pages.ts";

interface Writable { write(s: string): unknown }

export function copyLayouts(target: string): { copied: string[]; kept: string[] } {
  const copied: string[] = [];
  const kept: string[] = [];
  const walk = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from).sort()) {
      const src = path.join(from, name);
      const dest = path.join(to, name);
      if (statSync(src).isDirectory()) walk(src, dest);
      else if (existsSync(dest)) kept.push(dest);
      else {
        copyFileSync(src, dest);
        copied.push(dest);
      }
    }
  };
  walk(path.join(PACKAGE_INCLUDES, LAYOUT_FOLDER), path.join(target, LAYOUT_FOLDER));
  return { copied, kept };
}

export function runLayouts(args: readonly string[], out: Writable): number {
  const target = args[0];
  if (!target || args.length > 1 || target.startsWith("-")) throw new Error("layouts needs one folder: your Eleventy includes folder, e.g. `npx news-archive layouts _includes`");
  const { copied, kept } = copyLayouts(target);
  for (const f of copied) out.write(`copied ${f}\n`);
  for (const f of kept) out.write(`kept   ${f} (already there)\n`);
  return 0;
}
