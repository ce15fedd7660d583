/**
 * One build of the archive, start to end: at `eleventy.before` the news
 * folder is read (only changed files), the archive computed and the pages to
 * render chosen; collections, pages and filters then only look it up; at
 * `eleventy.after` the build is committed. Holds nothing but this sequence.
 */
import path from "node:path";
import { buildArchive, type Archive, type ArchiveMemo, type ArticleView } from "./archive.ts";
import { ArticleParser } from "./article-parser.ts";
import type { FeedPage, ListKind, ListPage, TermListPage } from "./core/archive-index.ts";
import type { OnThisDayPage } from "./core/on-this-day.ts";
import { LIST_KINDS } from "./collections.ts";
import { DirectoryData } from "./directory-data.ts";
import { NewsReader } from "./news-reader.ts";
import type { NewsArchiveOptions } from "./options.ts";
import { parseCacheFor, readTaxonomyText, type ParseCache } from "./parse-cache.ts";
import { RenderPlan } from "./render-plan.ts";
import { misplacedTaxonomy } from "./tag-settings.ts";

export interface BuildPlan {
  archive: Archive;
  /** The article pages and list pages this build renders (all of them unless `partial`). */
  render: { article: ArticleView[]; feedAtom: FeedPage[]; feedJson: FeedPage[]; tagLetter: TermListPage[]; onThisDay: OnThisDayPage[] } & Record<ListKind, ListPage[]>;
  /** URLs that existed after the last build and do not now (partial builds only). */
  removed: string[];
  partial: boolean;
  /** Raw files parsed in this build (the rest were reused). */
  parsed: number;
}

export class ArchiveEngine {
  private readonly parser: ArticleParser;
  private readonly reader: NewsReader;
  private readonly plan = new RenderPlan();
  private taxonomyText: string | null = null;
  private plannedBuild: BuildPlan | null = null;
  private readonly memo: ArchiveMemo = new WeakMap();
  /** The parse cache on disk, chosen at the first build (null when off). */
  private cache: ParseCache | null = null;
  private cacheChosen = false;
  private cacheTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: NewsArchiveOptions,
    private readonly dirs: () => { input: string; output: string; data: string | undefined },
    private readonly display: (p: string) => string,
  ) {
    this.parser = new ArticleParser(options, () => this.dirs().data);
    this.reader = new NewsReader(this.parser);
  }

  newsDir(): string {
    return path.resolve(this.dirs().input, this.options.newsFolder);
  }

  /** The current build's plan; throws if asked before `eleventy.before` (a wiring bug, never content). */
  get current(): BuildPlan {
    if (!this.plannedBuild) throw new Error("news-archive: the archive was asked for before the build started");
    return this.plannedBuild;
  }

  /**
   * `watching`: more builds follow in this process (serve/watch), so remember what was rendered.
   * `partialAllowed`: only raw news files changed since the last build.
   */
  async start(watching: boolean, partialAllowed: boolean): Promise<BuildPlan> {
    const dirs = this.dirs();
    this.parser.reset();
    const taxonomy = readTaxonomyText(dirs.data);
    if (taxonomy !== this.taxonomyText) {
      this.reader.forget(); // every tag may differ
      this.cacheChosen = false;
    }
    this.taxonomyText = taxonomy;
    if (this.cacheTimer) clearTimeout(this.cacheTimer); // a rebuild: the quiet minute starts again at its end
    this.cacheTimer = null;
    if (!this.cacheChosen) this.openCache(taxonomy);
    const clock = timer();
    const { files, parsed, folder } = await this.reader.read(this.newsDir(), this.display);
    this.parser.stop();
    // The taggers read the taxonomy file themselves: if it changed while they did, this build's results
    // may mix both versions and are not kept on disk under either's name (the next build starts afresh).
    if (this.cache && readTaxonomyText(dirs.data) !== taxonomy) {
      this.cache = null;
      this.cacheChosen = false;
    }
    clock.lap("read");
    // A one-off build writes the cache now, before Eleventy holds every rendered page in memory (a parse
    // result does not depend on the rendering, so a build that fails later keeps it too). While serving,
    // `finish` writes it once the archive has been quiet for a minute.
    if (!watching && this.cache && (await this.cache.save(files))) clock.lap("cache written");
    const archive = await buildArchive(files, {
      options: this.options,
      inputDir: dirs.input,
      outputDir: dirs.output,
      directoryData: new DirectoryData(dirs.input, this.display),
      memo: this.memo,
      lap: clock.lap,
    });
    archive.diagnostics.push(...folder);
    const misplaced = misplacedTaxonomy(dirs.data, process.cwd(), this.display);
    if (misplaced) archive.diagnostics.push(misplaced);
    const track = watching && this.options.partialRebuilds;
    clock.lap("archive");
    const partial = track && partialAllowed && this.plan.hasBaseline;
    const removed: string[] = [];
    if (track) this.plan.share(archive.index.dated.concat(archive.index.undated));
    // Each article is serialised once; the pages that list it hold its print.
    const P = this.plan.print;
    clock.lap("share");
    // `data` comes from the raw file and its directory data, which the source print already stands for,
    // except `title` (in the article's print) and `tags` (counted over the archive).
    const articles = this.plan.select("article", archive.views, partial, track, (v) => archive.sourcePrints.get(v.id) ?? "", (v) => ({
      url: v.url,
      title: v.title,
      tags: v.data.tags,
      trail: v.trail,
      article: P(v.article),
      prev: P(v.prev),
      next: P(v.next),
      related: v.related.map(P),
    }));
    removed.push(...articles.removed);
    const render = { article: articles.pages } as BuildPlan["render"];
    clock.lap("views");
    for (const kind of LIST_KINDS) {
      const pages = archive.index.pages[kind];
      const chosen = this.plan.select(kind, pages, partial, track, undefined, (p) => ({ ...p, items: p.items.map(P) }));
      render[kind] = chosen.pages;
      removed.push(...chosen.removed);
      clock.lap(kind);
    }
    // A full-text feed also prints its entries' bodies: it changes when their raw files do.
    const bodies = (f: FeedPage) => (f.full ? f.entries.map((e) => archive.sourcePrints.get(e.id) ?? "").join(",") : "");
    for (const format of ["atom", "json"] as const) {
      const kind = format === "atom" ? "feedAtom" : "feedJson";
      const chosen = this.plan.select(kind, archive.index.feeds.filter((f) => f.format === format), partial, track, bodies, (f) => ({ ...f, entries: f.entries.map(P) }));
      render[kind] = chosen.pages;
      removed.push(...chosen.removed);
      clock.lap(kind);
    }
    // A letter page prints each tag's name, URL and count, not its articles.
    const letters = this.plan.select("tagLetter", archive.index.tagLetterPages, partial, track, undefined, (p) => ({ ...p, terms: p.terms.map((t) => [t.key, t.name, t.url, t.count]) }));
    render.tagLetter = letters.pages;
    removed.push(...letters.removed);
    const days = this.plan.select("onThisDay", archive.index.onThisDay, partial, track, undefined, (p) => ({ ...p, years: p.years.map((y) => ({ ...y, items: y.items.map(P) })) }));
    render.onThisDay = days.pages;
    removed.push(...days.removed);
    clock.lap("plan");
    clock.report(`${files.length} files, ${parsed} parsed, ${render.article.length} article pages to render`);
    this.plannedBuild = { archive, render, removed, partial, parsed };
    return this.plannedBuild;
  }

  /**
   * The build wrote its pages: the next rebuild may skip what did not change. `watching`: more
   * builds follow, so the parse cache is written after a minute without one (it never competes with
   * a rebuild while someone is editing); otherwise it is written now.
   */
  async finish(succeeded: boolean, watching = false): Promise<void> {
    if (succeeded) this.plan.commit();
    else this.plan.clear();
    if (!succeeded || !this.cache) return;
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = null;
    if (!watching) return; // written by `start`
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = null;
      void this.cache?.save(this.reader.lastFiles);
    }, 60_000);
    this.cacheTimer.unref();
  }

  /** The cache for this news folder, code and settings; its entries seed the reader. */
  private openCache(taxonomy: string): void {
    this.cacheChosen = true;
    this.cache = parseCacheFor(this.options, this.newsDir(), taxonomy);
    if (!this.cache) return;
    try {
      this.reader.seed(this.cache.load(), this.display);
    } catch {
      this.cache = null; // never a failed build
    }
  }

  stop(): void {
    this.parser.stop();
  }
}

/** `NEWS_ARCHIVE_TIMING=1` prints where the start of a build went (for profiling, never in tests). */
function timer(): { lap(name: string): void; report(what: string): void } {
  const on = process.env.NEWS_ARCHIVE_TIMING === "1";
  let last = performance.now();
  const laps: string[] = [];
  return {
    lap(name) {
      if (!on) return;
      const now = performance.now();
      laps.push(`${name} ${Math.round(now - last)} ms`);
      last = now;
    },
    report(what) {
      if (!on) return;
      const m = process.memoryUsage();
      console.error(`news-archive timing: ${laps.join(", ")} (${what}; rss ${Math.round(m.rss / 2 ** 20)} MB, heap ${Math.round(m.heapUsed / 2 ** 20)} MB, external ${Math.round(m.external / 2 ** 20)} MB, array buffers ${Math.round(m.arrayBuffers / 2 ** 20)} MB)`);
    },
  };
}
