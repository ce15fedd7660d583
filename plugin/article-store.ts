/**
 * The build-scoped cache of parsed articles: each `.txt` is read as raw
 * bytes and parsed exactly once per build; URLs are assigned once every file
 * of the build has been read. Reset at `eleventy.before`.
 */
import { readFileSync } from "node:fs";
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
import { resolveTagSettings } from "./tag-settings.ts";

export interface StoredArticle {
  /** Eleventy's inputPath, e.g. `./src/news/a.txt`. */
  inputPath: string;
  /** Path relative to the input folder, `/`-separated: the article's stable identity. */
  id: string;
  result: ParseResult;
}

export class ArticleStore {
  private readonly articles = new Map<string, StoredArticle>();
  private urls: Map<string, string> | null = null;
  private readonly buildDiagnostics: Diagnostic[] = [];

  private tagger: Tagger | null = null;
  private readonly pool = new ReadPool();

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
    this.articles.clear();
    this.urls = null;
    this.buildDiagnostics.length = 0;
  }

  /** Start reading the news folder on a worker thread (large builds only). */
  prefetch(newsDir: string): void {
    const t = this.options;
    if (!t.readAhead) return;
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
    if (ahead && !this.articles.has(key)) this.remember(inputPath, key, ahead);
    return this.get(inputPath);
  }

  private remember(inputPath: string, key: string, result: ParseResult): StoredArticle {
    const stored = { inputPath, id: relativeId(key, this.inputDir()), result };
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
      let result: ParseResult;
      try {
        const bytes = readFileSync(key);
        // The parser never throws on content; a bad zone is rejected when options are resolved.
        result = parseArticle(bytes, display, { zone: this.options.zone, slugMaxLength: this.options.slugMaxLength });
      } catch (cause) {
        if (!(cause instanceof Error && "code" in cause)) throw cause; // only file-system errors are content problems
        result = {
          data: emptyData(),
          body: [],
          diagnostics: [{ severity: "error", ruleId: "unreadable-file", reason: `Cannot read the file: ${cause.message}`, file: display, line: 1, column: 1 }],
        };
      }
      this.tagger ??= createTagger(resolveTagSettings(this.options.tags, this.dataDir()));
      stored = this.remember(inputPath, key, withTags(result, this.tagger));
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
