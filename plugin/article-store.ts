/**
 * The build-scoped cache of parsed articles: each `.txt` is read as raw
 * bytes and parsed exactly once per build; URLs are assigned once every file
 * of the build has been read. Reset at `eleventy.before`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { emptyData, parseArticle } from "./core/parse-article.ts";
import { renderBody } from "./core/render-body.ts";
import { dateKeys } from "./core/format-date.ts";
import { assignPermalinks, type PermalinkInput } from "./core/assign-permalinks.ts";
import type { Diagnostic, ParseResult } from "./core/types.ts";
import type { NewsArchiveOptions } from "./options.ts";
import { createTagger, type Tagger } from "./core/tags/derive-tags.ts";
import { withTags } from "./core/read-article.ts";
import { ReadPool } from "./read-pool.ts";
import { contentHash } from "./content-hash.ts";
import { resolveTagSettings, TAXONOMY_FILE } from "./tag-settings.ts";

export interface StoredArticle {
  /** Eleventy's inputPath, e.g. `./src/news/a.txt`. */
  inputPath: string;
  /** Path relative to the input folder, `/`-separated: the article's stable identity. */
  id: string;
  result: ParseResult;
  /** SHA-1 of the raw bytes: an unchanged file is never parsed or tagged again while serving. */
  hash: string | null;
}

export class ArticleStore {
  private readonly articles = new Map<string, StoredArticle>();
  private urls: Map<string, string> | null = null;
  private readonly buildDiagnostics: Diagnostic[] = [];

  private tagger: Tagger | null = null;
  private readonly pool = new ReadPool();
  /** Last build's results by absolute path, kept across rebuilds of one `--serve`/`--watch` process. */
  private previous = new Map<string, StoredArticle>();
  /** What the cached results depend on besides the bytes: the project's taxonomy file. */
  private taxonomyText: string | null = null;

  constructor(
    private readonly options: NewsArchiveOptions,
    private readonly inputDir: () => string,
    /** Where `newsTaxonomy.json` may be (Eleventy's data folder). */
    private readonly dataDir: () => string | undefined = () => undefined,
  ) {}

  reset(): void {
    // The taxonomy file is read once per build, so editing it takes effect on the next build.
    this.tagger = null;
    this.pool.stop();
    const taxonomy = readTaxonomyText(this.dataDir());
    if (taxonomy !== this.taxonomyText) this.previous.clear();
    else for (const [key, a] of this.articles) this.previous.set(key, a);
    this.taxonomyText = taxonomy;
    this.articles.clear();
    this.urls = null;
    this.buildDiagnostics.length = 0;
  }

  /** Start reading the news folder on a worker thread (large builds only). */
  prefetch(newsDir: string): void {
    const t = this.options;
    // A rebuild reuses last build's results by content hash; a worker would parse everything again.
    if (!t.readAhead || this.previous.size > 0) return;
    this.pool.start(newsDir, { zone: t.zone, slugMaxLength: t.slugMaxLength, tags: t.tags, dataDir: this.dataDir() }, displayPath);
  }

  stopPrefetch(): void {
    this.pool.stop();
  }

  /** The article at `inputPath`, from the worker when it read it ahead, else read here. */
  async load(inputPath: string): Promise<StoredArticle> {
    const key = path.resolve(inputPath);
    const known = this.articles.get(key);
    if (known) return known;
    const ahead = await this.pool.take(key);
    if (ahead && !this.articles.has(key)) this.remember(inputPath, key, ahead.result, ahead.hash);
    return this.get(inputPath);
  }

  private remember(inputPath: string, key: string, result: ParseResult, hash: string | null): StoredArticle {
    const stored = { inputPath, id: relativeId(key, this.inputDir()), result, hash };
    this.articles.set(key, stored);
    this.urls = null;
    return stored;
  }

  /** Parse (once) and return the article at `inputPath`. */
  get(inputPath: string): StoredArticle {
    const key = path.resolve(inputPath);
    let stored = this.articles.get(key);
    if (!stored) {
      const display = displayPath(inputPath);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(key);
      } catch (cause) {
        if (!(cause instanceof Error && "code" in cause)) throw cause; // only file-system errors are content problems
        return this.remember(inputPath, key, unreadable(cause as NodeJS.ErrnoException, display), null);
      }
      const hash = contentHash(bytes);
      const before = this.previous.get(key);
      if (before && before.hash === hash) return this.remember(inputPath, key, before.result, hash);
      // The parser never throws on content; a bad zone is rejected when options are resolved.
      const result = parseArticle(bytes, display, { zone: this.options.zone, slugMaxLength: this.options.slugMaxLength });
      this.tagger ??= createTagger(resolveTagSettings(this.options.tags, this.dataDir()));
      stored = this.remember(inputPath, key, withTags(result, this.tagger), hash);
    }
    return stored;
  }

  /** The URL of an article; computed for all articles at the first call after new files were read. */
  urlFor(inputPath: string): string {
    if (!this.urls) this.assignUrls();
    return this.urls!.get(path.resolve(inputPath)) ?? "";
  }

  bodyHtml(inputPath: string): string {
    return renderBody(this.get(inputPath).result.body);
  }

  addDiagnostic(d: Diagnostic): void {
    this.buildDiagnostics.push(d);
  }

  all(): StoredArticle[] {
    return [...this.articles.values()];
  }

  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const a of this.articles.values()) out.push(...a.result.diagnostics);
    out.push(...this.buildDiagnostics);
    return out;
  }

  private assignUrls(): void {
    const inputs: PermalinkInput[] = [];
    const keyOf = new Map<string, string>();
    for (const [key, a] of this.articles) {
      const d = a.result.data;
      if (!isPublishable(a.result)) continue;
      const explicit = typeof d.permalink === "string" ? d.permalink : null;
      keyOf.set(a.id, key);
      inputs.push({
        id: a.id,
        file: displayPath(a.inputPath),
        slug: d.slug,
        keys: d.date ? dateKeys(d.date, this.options.zone) : null,
        epochMs: d.date ? Date.parse(d.date) : null,
        permalink: explicit,
      });
    }
    const { urls, diagnostics } = assignPermalinks(inputs, this.options.permalinks);
    this.urls = new Map();
    for (const [id, url] of urls) this.urls.set(keyOf.get(id)!, url);
    // Collision warnings are recomputed with the URLs; keep only the latest set.
    for (let i = this.buildDiagnostics.length - 1; i >= 0; i--) {
      if (this.buildDiagnostics[i]!.ruleId === "slug-collision") this.buildDiagnostics.splice(i, 1);
    }
    this.buildDiagnostics.push(...diagnostics);
  }
}

/**
 * A file Eleventy listed that cannot be read. One that vanished (deleted or
 * renamed while the build ran) is a warning: the next build no longer sees it.
 */
function unreadable(cause: NodeJS.ErrnoException, display: string): ParseResult {
  const vanished = cause.code === "ENOENT";
  return {
    data: emptyData(),
    body: [],
    diagnostics: [
      vanished
        ? { severity: "warning", ruleId: "file-vanished", reason: "The file was deleted or renamed while the archive was being built; it was not published.", file: display, line: 1, column: 1 }
        : { severity: "error", ruleId: "unreadable-file", reason: `Cannot read the file: ${cause.message}`, file: display, line: 1, column: 1 },
    ],
  };
}

function readTaxonomyText(dataDir: string | undefined): string {
  const file = dataDir ? path.join(dataDir, TAXONOMY_FILE) : null;
  try {
    return file && existsSync(file) ? readFileSync(file, "utf8") : "";
  } catch {
    return "";
  }
}

/**
 * Published unless a draft, unpublished with `permalink: false`, or unreadable
 * (no title: the file has an error diagnostic that names it instead).
 */
export function isPublishable(result: ParseResult): boolean {
  return result.data.draft !== true && result.data.permalink !== false && result.data.title !== "";
}

/** Path as a person types it from the project folder, `/`-separated. */
export function displayPath(inputPath: string): string {
  const rel = path.relative(process.cwd(), path.resolve(inputPath));
  return rel.split(path.sep).join("/");
}

function relativeId(absolute: string, inputDir: string): string {
  return path.relative(path.resolve(inputDir), absolute).split(path.sep).join("/");
}
