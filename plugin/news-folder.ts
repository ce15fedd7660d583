/**
 * Files in the news folder that will not become articles (`bai.doc`,
 * `bai.rtf`), so none is dropped without a word. Directory data files and
 * hidden files are expected there and not reported.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "./core/types.ts";

const DATA_FILE = /\.(?:11tydata\.)?(?:json|js|cjs|mjs)$/;

export function notArticles(newsDir: string, display: (p: string) => string): Diagnostic[] {
  let names: string[];
  try {
    names = readdirSync(newsDir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  const out: Diagnostic[] = [];
  for (const name of names.sort()) {
    const base = path.basename(name);
    if (base.startsWith(".") || name.split(path.sep).some((part) => part.startsWith(".")) || base.toLowerCase().endsWith(".txt") || DATA_FILE.test(base)) continue;
    if (!path.extname(base)) continue; // folders (and extension-less files such as README) are not reported
    out.push({
      severity: "warning",
      ruleId: "not-an-article",
      reason: `Only .txt files in the news folder become articles; this one was not published. Save it as plain text (.txt) if it is an article.`,
      file: display(path.join(newsDir, name)),
      line: 1,
      column: 1,
    });
  }
  return out;
}
