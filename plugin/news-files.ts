/**
 * The files of a news folder, as the build, the read-ahead worker and
 * `inspect` all see them: recursive, hidden files and folders left out, in a
 * stable order. Symbolic links are followed only while they stay inside the
 * news folder, and each folder is read once, so a link to a file outside
 * (`news/x.txt → /etc/hostname`) is never published and a link loop
 * (`news/loop → .`) never repeats the archive. Every link not followed and
 * every file that is not an article is named in a diagnostic.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "./core/types.ts";

export interface FolderScan {
  /** Raw articles, relative to the news folder (platform separators), sorted. */
  articles: string[];
  /** Every regular file reached (articles, data files, others), relative, sorted. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** A raw article by its name: `.txt` in any letter case, as Eleventy matches it. */
export const isArticleFile = (name: string): boolean => name.toLowerCase().endsWith(".txt");

const DATA_FILE = /\.(?:11tydata\.)?(?:json|js|cjs|mjs)$/;
const hidden = (name: string) => name.startsWith(".") || name === "node_modules";

export function scanNewsFolder(dir: string, display: (p: string) => string = (p) => p): FolderScan {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  let root: string;
  try {
    root = realpathSync(dir);
  } catch (cause) {
    // No news folder at all: say where the build looked, or an empty archive would look like success.
    const code = (cause as NodeJS.ErrnoException).code;
    diagnostics.push({
      severity: "warning",
      ruleId: "missing-news-folder",
      reason:
        code === "ENOENT"
          ? "The news folder does not exist, so no article was read. Create it and put the raw .txt files there, or set the `newsFolder` option (a folder inside Eleventy's input folder)."
          : `The news folder cannot be opened (${code ?? String(cause)}), so no article was read.`,
      file: display(dir),
      line: 1,
      column: 1,
    });
    return { articles: [], files: [], diagnostics };
  }
  const inside = (real: string) => real === root || real.startsWith(root + path.sep);
  const warn = (ruleId: string, relative: string, reason: string) =>
    diagnostics.push({ severity: "warning", ruleId, reason, file: display(path.join(dir, relative)), line: 1, column: 1 });

  // Real folders first, in name order, so a link to a folder never hides the folder itself.
  const visited = new Set<string>([root]);
  const links: { relative: string; parentReal: string }[] = [];
  const walk = (relative: string, real: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(real, { withFileTypes: true });
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      // A folder that vanished while being read has no files left to read; one that cannot be listed is named.
      if (code !== "ENOENT") warn("unreadable-folder", relative || ".", `This folder cannot be read (${code ?? String(cause)}); articles in it were not published.`);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (hidden(entry.name)) continue;
      const rel = relative === "" ? entry.name : path.join(relative, entry.name);
      if (entry.isSymbolicLink()) links.push({ relative: rel, parentReal: real });
      else if (entry.isDirectory()) {
        const childReal = path.join(real, entry.name);
        visited.add(childReal);
        walk(rel, childReal);
      } else if (entry.isFile()) files.push(rel);
      else warn("not-a-file", rel, "This is not a regular file (a pipe, socket or device); it was not read.");
    }
  };
  walk("", root);
  // Then links, each resolved to where it really points; new links found inside linked folders join the queue.
  for (let i = 0; i < links.length; i++) {
    const { relative, parentReal } = links[i]!;
    let target: string;
    try {
      target = realpathSync(path.join(parentReal, path.basename(relative)));
    } catch {
      warn("broken-link", relative, "This symbolic link points to nothing (or loops onto itself); it was not read.");
      continue;
    }
    if (!inside(target)) {
      warn("symlink-outside", relative, `This symbolic link points outside the news folder (${target}); it was not followed. Copy the file into the news folder to publish it.`);
      continue;
    }
    let kind: Stats;
    try {
      kind = statSync(target);
    } catch {
      continue; // vanished since it was resolved: nothing to read
    }
    if (!kind.isDirectory()) {
      if (kind.isFile()) files.push(relative); // a file inside the folder under a second name: the duplicate check names both
      else warn("not-a-file", relative, "This link points to something that is not a regular file (a pipe, socket or device); it was not read.");
      continue;
    }
    if (visited.has(target)) {
      const loop = parentReal === target || parentReal.startsWith(target + path.sep);
      warn(
        loop ? "symlink-loop" : "symlink-duplicate",
        relative,
        loop
          ? "This symbolic link points to a folder that contains it (a loop); it was not followed, so no article is read twice."
          : `This symbolic link points to a folder already read (${path.relative(root, target) || "."}); it was not followed, so no article is read twice.`,
      );
      continue;
    }
    visited.add(target);
    walk(relative, target);
  }
  files.sort();
  const articles: string[] = [];
  for (const rel of files) {
    const base = path.basename(rel);
    if (isArticleFile(base)) articles.push(rel);
    else if (!DATA_FILE.test(base) && path.extname(base) !== "") {
      warn("not-an-article", rel, "Only .txt files in the news folder become articles; this one was not published. Save it as plain text (.txt) if it is an article.");
    }
  }
  if (articles.length === 0) {
    diagnostics.push({
      severity: "warning",
      ruleId: "empty-news-folder",
      reason: "The news folder has no .txt files, so no article was read. Put the raw articles there (subfolders are fine), or set the `newsFolder` option (a folder inside Eleventy's input folder).",
      file: display(dir),
      line: 1,
      column: 1,
    });
  }
  return { articles, files, diagnostics };
}

/** Paths relative to `dir` (empty when it does not exist). */
export function filesUnder(dir: string): string[] {
  return scanNewsFolder(dir).files;
}
