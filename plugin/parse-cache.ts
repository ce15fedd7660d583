/**
 * The parse cache on disk: what the last build derived from each raw file (parse and tag result,
 * body HTML, word count), so the next `npx eleventy` in the same project parses only the files that
 * changed. While serving, the plugin already keeps this in memory; this keeps it between runs, the
 * way Eleventy's own plugins keep fetched and resized files in `.cache/`.
 *
 * One job: load and save the entries of one news folder. Nothing here decides whether an entry
 * still holds: the reader compares an entry's stamp (size, modification time, inode) and, failing
 * that, the SHA-1 of the bytes, exactly as it does between rebuilds.
 *
 * An entry is only as good as the code and settings that made it, so the file is named by a print
 * of both: the plugin's own code (every file of it, so a development build is never fooled by an
 * unchanged version number), the versions of the libraries that shape a result (`markdown-it`,
 * `luxon`, `slugify`, `yaml`) and of Node's Unicode and time-zone data, the parse options and the
 * taxonomy file's text. Anything else that changes
 * is a different file, and the old one is removed when the new one is written. A cache that cannot
 * be read (damaged, half written by a killed process, from another machine) is ignored whole; one
 * that cannot be written leaves the build as it was. Neither is ever a failed build.
 *
 * Format: JSON lines, one per file (`NewsFile`), written to a temporary name and renamed, so a
 * reader never meets half a cache. Lines, not one document: a 100,000-article cache is larger
 * than the longest string JavaScript allows.
 */
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NewsFile } from "./news-reader.ts";
import type { NewsArchiveOptions } from "./options.ts";
import { TAXONOMY_FILE } from "./tag-settings.ts";

/** Bumped when the entry format changes. */
const FORMAT = 1;

/** How close to its read a file's modification time may be for its stamp alone to be trusted (ms). */
const RACY_MS = 3000;

/** JSON would turn it into null (front matter can say `.nan` or `.inf`): such an entry is not kept. */
function hasNonFinite(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  if (value === null || typeof value !== "object") return false;
  return Object.values(value).some(hasNonFinite);
}

export class ParseCache {
  private readonly file: string;
  private readonly prefix: string;
  /** What the file held when loaded (or was last saved with): saving the same again is skipped. */
  private saved = "";
  private saving = false;

  /**
   * `folder`: the cache folder (absolute). `newsDir`: the news folder it is for (absolute).
   * `print`: the settings print (`settingsPrint`).
   */
  constructor(
    private readonly folder: string,
    newsDir: string,
    print: string,
  ) {
    this.prefix = `parse-${short(newsDir)}-`;
    this.file = path.join(folder, `${this.prefix}${short(print)}.jsonl`);
  }

  /** The entries by absolute path; empty when there is no usable cache. */
  load(): Map<string, NewsFile> {
    const out = new Map<string, NewsFile>();
    let head: { format?: number; entries?: number } | null = null;
    try {
      const complete = eachLine(this.file, (line) => {
        if (head === null) {
          head = JSON.parse(line) as { format?: number; entries?: number };
          return head.format === FORMAT;
        }
        const f = JSON.parse(line) as NewsFile;
        out.set(f.key, f);
        return true;
      });
      // Cut short (a killed write) or of another format: not a cache this code wrote whole.
      if (!complete || head === null || out.size !== (head as { entries?: number }).entries) return new Map();
    } catch {
      return new Map();
    }
    this.saved = signature(out.values());
    return out;
  }

  /**
   * Write `files` (those read whole: a file that could not be read has no entry) unless the cache
   * already holds exactly these. Returns whether it wrote; never rejects. The event loop gets a turn
   * after each megabyte, so a server answers while the cache is written.
   */
  async save(files: Iterable<NewsFile>): Promise<boolean> {
    // A file changed less than a few seconds before it was read may change again within the same
    // modification time on a file system that keeps coarse times: such an entry is checked by its hash.
    const recent = Date.now() - RACY_MS;
    const kept = [...files].filter((f) => f.hash !== null && f.stamp !== null && !hasNonFinite(f.result.data)).map((f) => (f.mtimeMs > recent ? { ...f, stamp: "" } : f));
    const sig = signature(kept);
    if (sig === this.saved || this.saving) return false;
    this.saving = true;
    const temporary = `${this.file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
    let fd: number | null = null;
    try {
      mkdirSync(this.folder, { recursive: true });
      fd = openSync(temporary, "w");
      writeSync(fd, `${JSON.stringify({ format: FORMAT, entries: kept.length })}\n`);
      let chunk = "";
      for (const f of kept) {
        chunk += `${JSON.stringify(f)}\n`;
        if (chunk.length > 1 << 20) {
          writeSync(fd, chunk);
          chunk = "";
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
      writeSync(fd, chunk);
      closeSync(fd);
      fd = null;
      renameSync(temporary, this.file);
      this.saved = sig;
      this.removeOthers();
      return true;
    } catch {
      try {
        if (fd !== null) closeSync(fd);
        rmSync(temporary, { force: true });
      } catch {
        // left for the next write's clean-up
      }
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Caches of this news folder made with other code or settings, and writes of it that were cut short an hour or more ago. */
  private removeOthers(): void {
    const own = path.basename(this.file);
    const stale = Date.now() - 3_600_000;
    for (const name of readdirSync(this.folder)) {
      if (!name.startsWith(this.prefix) || name === own) continue;
      const full = path.join(this.folder, name);
      try {
        if (name.endsWith(".jsonl") || (name.endsWith(".tmp") && statSync(full).mtimeMs < stale)) rmSync(full, { force: true });
      } catch {
        // another process's file, gone or busy: it is theirs to clean
      }
    }
  }
}

/**
 * Each line of a UTF-8 file, read a few megabytes at a time (never the whole file as one string: at
 * 35,000 articles that alone would be about 300 MB of memory). `each` returns false to stop. Returns
 * whether the file ended with a complete line and was read to its end.
 */
function eachLine(file: string, each: (line: string) => boolean): boolean {
  const fd = openSync(file, "r");
  try {
    let buf = Buffer.allocUnsafe(4 << 20);
    let filled = 0;
    for (;;) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2); // one line longer than the buffer
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const n = readSync(fd, buf, filled, buf.length - filled, null);
      if (n === 0) return filled === 0;
      filled += n;
      let start = 0;
      for (let end = buf.indexOf(10, start); end >= 0 && end < filled; end = buf.indexOf(10, start)) {
        if (!each(buf.toString("utf8", start, end))) return false;
        start = end + 1;
      }
      buf.copy(buf, 0, start, filled);
      filled -= start;
    }
  } finally {
    closeSync(fd);
  }
}

/** Which files, in which state: equal signatures mean the same cache contents. */
function signature(files: Iterable<NewsFile>): string {
  const h = createHash("sha1");
  for (const f of files) h.update(`${f.key}\u0000${f.stamp}\u0000${f.hash}\u0000${f.display}\n`);
  return h.digest("base64");
}

function short(text: string): string {
  return createHash("sha1").update(text).digest("hex").slice(0, 16);
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

let code: string | null = null;

/** A print of the plugin's own code and of the libraries that shape a parse result. */
export function codePrint(): string {
  if (code !== null) return code;
  const h = createHash("sha1");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(?:[cm]?js|ts|json)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) h.update(entry.name).update(readFileSync(p));
    }
  };
  walk(HERE);
  const require = createRequire(import.meta.url);
  // Node's Unicode and time-zone data shape `\p{L}`, `normalize` and the zone's offsets.
  h.update(`node ${process.versions.node} icu ${process.versions.icu} unicode ${process.versions.unicode} tz ${process.versions.tz}`);
  for (const lib of ["markdown-it", "luxon", "slugify", "yaml"]) {
    try {
      h.update(`${lib}@${(JSON.parse(readFileSync(require.resolve(`${lib}/package.json`), "utf8")) as { version: string }).version}`);
    } catch {
      h.update(`${lib}@?`);
    }
  }
  code = h.digest("hex");
  return code;
}

/** The print a cache file is named by: code, the options a parse depends on, and the taxonomy file. */
export function settingsPrint(parseOptions: unknown, taxonomyText: string): string {
  return createHash("sha1").update(codePrint()).update(JSON.stringify(parseOptions)).update("\u0000").update(taxonomyText).digest("hex");
}

/** The taxonomy file's text ("" when there is none): part of the print, as every tag depends on it. */
export function readTaxonomyText(dataDir: string | undefined): string {
  const file = dataDir ? path.join(dataDir, TAXONOMY_FILE) : null;
  try {
    return file && existsSync(file) ? readFileSync(file, "utf8") : "";
  } catch {
    return "";
  }
}

/**
 * The cache a build with `options` keeps for `newsDir`, or null when the option is off or the
 * plugin's own files cannot be read for the print. The build and `inspect` open it alike.
 */
export function parseCacheFor(options: NewsArchiveOptions, newsDir: string, taxonomyText: string): ParseCache | null {
  const folder = cacheFolder(options.cache);
  if (!folder) return null;
  const o = options;
  // `tags.minArticles` is applied to the whole archive, never to one file: a run with another value reuses the entries.
  const { minArticles: _archiveWide, ...tags } = o.tags;
  try {
    return new ParseCache(folder, newsDir, settingsPrint({ zone: o.zone, slugMaxLength: o.slugMaxLength, furniture: o.furniture, tags }, taxonomyText));
  } catch {
    return null;
  }
}

/** The cache folder for `option` (relative to the project folder), or null when it is off. */
export function cacheFolder(option: string | false, projectDir: string = process.cwd()): string | null {
  return option === false ? null : path.resolve(projectDir, option);
}
