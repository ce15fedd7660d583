/**
 * The files of a news folder, as the build, the read-ahead worker and
 * `inspect` all see them: recursive, hidden files and folders left out,
 * in a stable order.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

/** Paths relative to `dir` (empty when it does not exist). */
export function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, withFileTypes: false }) as string[];
  } catch {
    return [];
  }
  return names.filter((n) => !n.split(path.sep).some((part) => part.startsWith(".") || part === "node_modules")).sort();
}

/** A raw article by its name: `.txt` in any letter case, as Eleventy matches it. */
export const isArticleFile = (name: string): boolean => name.toLowerCase().endsWith(".txt");
