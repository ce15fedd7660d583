/**
 * Files in the news folder that will not become articles (`bai.doc`,
 * `bai.rtf`), so none is dropped without a word. Directory data files and
 * hidden files are expected there and not reported.
 */
import path from "node:path";
import type { Diagnostic } from "./core/types.ts";
import { filesUnder, isArticleFile } from "./news-files.ts";

const DATA_FILE = /\.(?:11tydata\.)?(?:json|js|cjs|mjs)$/;

export function notArticles(newsDir: string, display: (p: string) => string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const name of filesUnder(newsDir)) {
    const base = path.basename(name);
    if (isArticleFile(base) || DATA_FILE.test(base)) continue;
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
