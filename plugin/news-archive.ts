/**
 * The plugin: `eleventyConfig.addPlugin(newsArchive, options)`. Wiring only;
 * every decision lives in a module of its own.
 */
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import path from "node:path";
import { registerCollections } from "./collections.ts";
import { ArchiveEngine } from "./engine.ts";
import { registerFeedFilters } from "./feeds.ts";
import { registerFilters } from "./filters.ts";
import { uiStrings } from "./i18n.ts";
import { NewsWatch, triggerFileFor } from "./news-watch.ts";
import { eleventyWrote, OpenDataRuns, openDataView, writeOpenData } from "./open-data.ts";
import { resolveOptions, type UserOptions } from "./options.ts";
import { registerOutputBytes } from "./output-bytes.ts";
import { PAGES_FOLDER, registerLayouts, registerPages } from "./pages.ts";
import { formatReport, NewsArchiveContentError, summarise, summaryLine } from "./report.ts";
import { SearchRuns } from "./search-runs.ts";
import { writeSearchIndex } from "./search-index.ts";
import { registerSitemap, sitemapEnabled, sitemapWarning } from "./sitemap.ts";
import { projectRegistry } from "./project-registry.ts";
import { siteClashes, type InputPathToUrl } from "./site-clashes.ts";
import { StaleOutput, type BuildResult } from "./stale-output.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

interface BuildEvent {
  runMode?: string;
  outputMode?: string;
  incremental?: boolean;
  results?: BuildResult[];
}

export default function newsArchive(eleventyConfig: EleventyConfig, userOptions: UserOptions = {}): void {
  eleventyConfig.versionCheck?.(ELEVENTY_COMPATIBILITY);
  const options = resolveOptions(userOptions);
  const dirs = () => ({ input: eleventyConfig.directories.input, output: eleventyConfig.directories.output, data: eleventyConfig.directories.data });
  const engine = new ArchiveEngine(options, dirs, displayPath);
  // `news-archive inspect` loads the project's config and reads the options and folders from here.
  projectRegistry().push({ options, dirs });

  // The official feed plugin: its filters for the site's own templates (an RSS 2.0 feed over
  // `collections.newsDated` with its `feedPlugin`), and it adds Eleventy's HTML base plugin
  // (pathPrefix on every link). Adding the base plugin here as well would apply it twice.
  eleventyConfig.addPlugin(rssPlugin);
  registerCollections(eleventyConfig, engine);
  registerLayouts(eleventyConfig);
  registerPages(eleventyConfig, options);
  registerFilters(eleventyConfig, engine, options);
  registerFeedFilters(eleventyConfig, engine, options, "vi");
  registerSitemap(eleventyConfig, engine, options);
  if (options.outputBytes) registerOutputBytes(eleventyConfig);

  // Frozen: Eleventy then hands the same object to every page (a plain object is deep-copied into each
  // template's data and wrapped in a Proxy on each paginated page, which every `newsArchive.t.x` goes through).
  eleventyConfig.addGlobalData("newsArchive", deepFreeze({
    locale: options.locale,
    zone: options.zone,
    site: options.site,
    t: uiStrings(options.locale),
    pages: options.pages,
    permalinks: options.permalinks,
    homeSize: options.homeSize,
    // Null when search is off: no box, no page.
    searchUrl: options.search ? options.permalinks.search : null,
    // Null when no sitemap is written (it needs site.url).
    sitemapUrl: sitemapEnabled(options) ? options.permalinks.sitemap : null,
    // The open-data page and files; null for each that is off.
    openData: openDataView(options),
  }));
  let sitemapWarned = false;

  const stale = new StaleOutput();
  const dataRuns = new OpenDataRuns();
  const search = new SearchRuns();
  const watch = new NewsWatch(triggerFileFor(process.cwd()));
  eleventyConfig.addWatchTarget(watch.triggerFile);
  let onlyNewsChanged = false;
  let building = false;
  let buildStarted = 0;
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    onlyNewsChanged = watch.onlyNewsChanged(queue);
  });
  eleventyConfig.on("eleventy.before", async (arg: BuildEvent) => {
    const watching = arg?.runMode === "serve" || arg?.runMode === "watch";
    if (watching) watch.start(engine.newsDir());
    // A build that never reached `eleventy.after` (it failed) leaves no baseline to skip pages against.
    if (building) await engine.finish(false);
    building = true;
    buildStarted = Date.now();
    const partial = onlyNewsChanged && arg?.outputMode === "fs" && arg?.incremental !== true;
    onlyNewsChanged = false;
    const plan = await engine.start(watching, partial);
    // The index needs only the parsed archive: Pagefind works while Eleventy renders.
    if (options.search && arg?.outputMode === "fs" && !plan.partial) {
      const output = eleventyConfig.directories.output;
      search.begin(() => writeSearchIndex(plan.archive, output));
    }
  });

  // Before Eleventy's own duplicate-output check: say which of the site's pages meets one of the archive's, and the fix.
  eleventyConfig.on("eleventy.contentMap", ({ inputPathToUrl }: { inputPathToUrl: InputPathToUrl }) => {
    for (const line of siteClashes(inputPathToUrl, engine.current.archive, options)) console.error(line);
  });

  eleventyConfig.on("eleventy.after", async (arg: BuildEvent) => {
    building = false;
    const plan = engine.current;
    if (arg?.outputMode === "fs" && Array.isArray(arg.results)) {
      const kind = arg.incremental === true ? "incremental" : plan.partial ? "partial" : "full";
      // Only the plugin's own pages are tracked: another template's output is never removed.
      const own = arg.results.filter((r) => typeof r.inputPath === "string" && r.inputPath.includes(`/${PAGES_FOLDER}/`));
      const removed = stale.prune(own, eleventyConfig.directories.output, kind, plan.removed);
      if (removed.length > 0) console.log(`news-archive: removed ${removed.length} page${removed.length === 1 ? "" : "s"} no longer in the archive`);
      // Streamed after the pages, and only when Eleventy really wrote them (not with --dryrun).
      const stylesheet = arg.results.find((r) => r.url === options.permalinks.stylesheet);
      if (eleventyWrote(stylesheet?.outputPath || undefined, buildStarted)) {
        const output = eleventyConfig.directories.output;
        const write = async () => {
          const t0 = performance.now();
          await writeOpenData(plan.archive, options, output, eleventyConfig.pathPrefix ?? "/");
          if (process.env.NEWS_ARCHIVE_TIMING === "1") console.error(`news-archive timing: open data ${Math.round(performance.now() - t0)} ms`);
        };
        // While serving, the changed pages are served first; the data files follow.
        if (plan.partial) dataRuns.later(write);
        else await dataRuns.now(write);
      }
    }
    await engine.finish(true, arg?.runMode === "serve" || arg?.runMode === "watch");
    engine.stop();
    if (process.env.NEWS_ARCHIVE_TIMING === "1") {
      const m = process.memoryUsage();
      console.error(`news-archive timing: after rendering: rss ${Math.round(m.rss / 2 ** 20)} MB, heap ${Math.round(m.heapUsed / 2 ** 20)} MB of ${Math.round(m.heapTotal / 2 ** 20)} MB, external ${Math.round(m.external / 2 ** 20)} MB, array buffers ${Math.round(m.arrayBuffers / 2 ** 20)} MB`);
    }
    const { archive } = plan;
    const diagnostics = archive.diagnostics;
    const index = archive.index;
    const summary = summarise(archive.filesRead, index.dated.length + index.undated.length, index.undated.length, diagnostics);
    const lines = formatReport(diagnostics, options.printWarnings);
    if (lines.length > 0) console.error(lines.join("\n"));
    const noSitemap = sitemapWarning(options);
    if (noSitemap && !sitemapWarned) {
      sitemapWarned = true; // once per process, not on every rebuild while serving
      console.error(noSitemap);
    }
    console.log(summaryLine(summary) + (plan.partial ? ` (${plan.parsed} parsed, ${plan.render.article.length} article pages rendered)` : ""));
    if (options.search && arg?.outputMode === "fs" && plan.partial) {
      search.later(() => writeSearchIndex(plan.archive, eleventyConfig.directories.output)); // the changed pages are served first
    }
    await search.finish();
    if (summary.errors > 0 && options.failOnError) throw new NewsArchiveContentError(summary);
  });
}

/** The Eleventy versions the plugin works with (as `package.json`'s `11ty.compatibility`). */
export const ELEVENTY_COMPATIBILITY = ">=3.0.0";

// Like the official plugins: added twice (by a user and by another plugin), it registers once.
Object.defineProperty(newsArchive, "eleventyPackage", { value: "news-archive" });
Object.defineProperty(newsArchive, "eleventyPluginOptions", { value: { unique: true } });

/** Path as a person types it from the project folder, `/`-separated. */
export function displayPath(inputPath: string): string {
  const rel = path.relative(process.cwd(), path.resolve(inputPath));
  return rel.split(path.sep).join("/");
}

/** A frozen deep copy of layout data (plain objects, arrays and scalars). */
function deepFreeze<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown): void => {
    if (v === null || typeof v !== "object" || Object.isFrozen(v)) return;
    Object.freeze(v);
    for (const child of Object.values(v)) freeze(child);
  };
  freeze(copy);
  return copy;
}
