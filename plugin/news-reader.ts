/**
 * Reads the news folder at the start of each build. One job: turn the files
 * on disk into parse results, doing work only for files that changed. A file
 * whose size and modification time are unchanged is not read again; one whose
 * bytes hash the same is not parsed again. File-system failures become
 * diagnostics for that file, never a failed build.
 */
import { readFileSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { emptyData } from "./core/parse-article.ts";
import type { Diagnostic, ParseResult } from "./core/types.ts";
import { contentHash } from "./content-hash.ts";
import { scanNewsFolder } from "./news-files.ts";
import type { ArticleParser, ParseJob } from "./article-parser.ts";

export interface NewsFile {
  /** Absolute path. */
  key: string;
  /** As a person types it from the project folder, `/`-separated. */
  display: string;
  /** Relative to the news folder, `/`-separated. */
  relative: string;
  result: ParseResult;
  /** The body as HTML. */
  html: string;
  /** The body's word count (counted once, when the file was parsed). */
  words: number;
  /** SHA-1 of the bytes; null when the file could not be read. */
  hash: string | null;
  stamp: string | null;
  /** Last modification time (ms), the date Eleventy would give an undated item. */
  mtimeMs: number;
}

export interface ReadOutcome {
  files: NewsFile[];
  /** Files parsed in this build (new or changed bytes). */
  parsed: number;
  /** About the folder, not one article: links not followed, files that are not articles. */
  folder: Diagnostic[];
}

/** The raw articles of a news folder relative to it, and what the listing found wrong. */
export type NewsLister = (newsDir: string, display: (p: string) => string) => { articles: string[]; diagnostics: Diagnostic[] };

export class NewsReader {
  /** Last build's files by absolute path, kept while `--serve`/`--watch` runs. */
  private previous = new Map<string, NewsFile>();

  constructor(
    private readonly parser: ArticleParser,
    /** The build's listing of the news folder (replaceable in tests). */
    private readonly list: NewsLister = scanNewsFolder,
  ) {}

  /**
   * Start from results kept on disk by an earlier run (`parse-cache.ts`), as if that run had been the
   * last build. An entry shown under another name than `display` now gives (the project was moved,
   * or run from another folder) is left out: its diagnostics name the file.
   */
  seed(files: ReadonlyMap<string, NewsFile>, display: (p: string) => string): void {
    for (const [key, f] of files) if (f.display === display(key)) this.previous.set(key, f);
  }

  /** Every file of the last build, read whole or not (for the parse cache). */
  get lastFiles(): Iterable<NewsFile> {
    return this.previous.values();
  }

  /** Forget every cached result (the taxonomy changed, so every tag may differ). */
  forget(): void {
    this.previous.clear();
  }

  async read(newsDir: string, display: (p: string) => string): Promise<ReadOutcome> {
    const { articles: names, diagnostics: folder } = this.list(newsDir, display);
    const files: NewsFile[] = [];
    const jobs: { job: ParseJob; slot: number; stamp: string }[] = [];
    for (const name of names) {
      const key = path.resolve(newsDir, name);
      const shown = display(key);
      const relative = name.split(path.sep).join("/");
      const before = this.previous.get(key);
      let stats: Stats;
      try {
        stats = statSync(key);
      } catch (cause) {
        files.push(unreadableFile(key, shown, relative, cause));
        continue;
      }
      if (stats.size > MAX_ARTICLE_BYTES) {
        files.push(tooLarge(key, shown, relative, stats.size));
        continue;
      }
      const stamp = `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
      const mtimeMs = stats.mtimeMs;
      if (before && before.stamp === stamp && before.hash !== null) {
        files.push(before);
        continue;
      }
      const slot = files.length;
      files.push({ ...placeholder(key, shown, relative), mtimeMs });
      if (!before) {
        // Never seen (a first build, or a new file): let the parser read the bytes (possibly on its worker).
        jobs.push({ job: { key, display: shown }, slot, stamp });
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(key);
      } catch (cause) {
        files[slot] = unreadableFile(key, shown, relative, cause);
        continue;
      }
      const hash = contentHash(bytes);
      if (before && before.hash === hash) {
        files[slot] = { ...before, stamp, mtimeMs };
        continue;
      }
      // Parsed like a new file (the bytes are read again there): many changed files at once (a branch
      // switched under a cached archive) are then shared with the worker rather than parsed here alone.
      jobs.push({ job: { key, display: shown }, slot, stamp });
    }
    const results = await this.parser.parseAll(jobs.map((j) => j.job));
    jobs.forEach(({ slot, stamp }, i) => {
      const r = results[i]!;
      const f = files[slot]!;
      files[slot] = "failure" in r ? unreadableFile(f.key, f.display, f.relative, r.failure) : { ...f, result: r.result, html: r.html, words: r.words, hash: r.hash, stamp };
    });
    this.previous = new Map(files.map((f) => [f.key, f]));
    return { files, parsed: jobs.length, folder };
  }
}

/** No news article comes near this; a bigger file is a mistake (a video, a database dump) and is not read into memory. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

export function tooLarge(key: string, display: string, relative: string, size: number): NewsFile {
  const reason = `The file is ${(size / 1024 / 1024).toFixed(0)} MB; a raw article is at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB, so it was not read. Is it an article?`;
  return { ...placeholder(key, display, relative), result: { data: emptyData(), body: [], diagnostics: [{ severity: "error", ruleId: "file-too-large", reason, file: display, line: 1, column: 1 }] } };
}

function placeholder(key: string, display: string, relative: string): NewsFile {
  return { key, display, relative, result: { data: emptyData(), body: [], diagnostics: [] }, html: "", words: 0, hash: null, stamp: null, mtimeMs: 0 };
}

/**
 * A listed file that cannot be read. One that vanished (deleted or renamed
 * while the build ran) is a warning: the next build no longer sees it.
 */
export function unreadableFile(key: string, display: string, relative: string, cause: unknown): NewsFile {
  const code = cause instanceof Error && "code" in cause ? (cause as NodeJS.ErrnoException).code : undefined;
  const message = cause instanceof Error ? cause.message : String(cause);
  const vanished = code === "ENOENT";
  return {
    ...placeholder(key, display, relative),
    result: {
      data: emptyData(),
      body: [],
      diagnostics: [
        vanished
          ? { severity: "warning", ruleId: "file-vanished", reason: "The file was deleted or renamed while the archive was being built; it was not published.", file: display, line: 1, column: 1 }
          : { severity: "error", ruleId: "unreadable-file", reason: `Cannot read the file: ${message}`, file: display, line: 1, column: 1 },
      ],
    },
  };
}
