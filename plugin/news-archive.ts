/**
 * The plugin: `eleventyConfig.addPlugin(newsArchive, options)`. Wiring only;
 * every decision lives in a module of its own.
 */
import { HtmlBasePlugin } from "@11ty/eleventy";
import path from "node:path";
import { ArticleStore, displayPath } from "./article-store.ts";
import { notArticles } from "./news-folder.ts";
import { ArchiveIndexer, registerCollections } from "./collections.ts";
import { registerFilters } from "./filters.ts";
import { uiStrings } from "./i18n.ts";
import { resolveOptions, type UserOptions } from "./options.ts";
import { registerLayouts, registerPages } from "./pages.ts";
import { formatReport, NewsArchiveContentError, summarise, summaryLine } from "./report.ts";
import { registerTxtFormat } from "./txt-format.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { StaleOutput, type BuildResult } from "./stale-output.ts";
import { DeletionWatch, triggerFileFor } from "./deletion-watch.ts";

interface BuildEvent {
  runMode?: string;
  outputMode?: string;
  incremental?: boolean;
  results?: BuildResult[];
}

export default function newsArchive(eleventyConfig: EleventyConfig, userOptions: UserOptions = {}): void {
  const options = resolveOptions(userOptions);
  const store = new ArticleStore(options, () => eleventyConfig.directories.input, () => eleventyConfig.directories.data);
  const indexer = new ArchiveIndexer(options);

  eleventyConfig.addPlugin(HtmlBasePlugin);
  registerTxtFormat(eleventyConfig, store, options);
  registerCollections(eleventyConfig, indexer);
  registerLayouts(eleventyConfig);
  registerPages(eleventyConfig, options);
  registerFilters(eleventyConfig, indexer, options);

  eleventyConfig.addGlobalData("newsArchive", {
    locale: options.locale,
    zone: options.zone,
    site: options.site,
    t: uiStrings(options.locale),
    pages: options.pages,
    permalinks: options.permalinks,
    homeSize: options.homeSize,
  });

  const newsDir = () => path.resolve(eleventyConfig.directories.input, options.newsFolder);
  const stale = new StaleOutput();
  const deletions = new DeletionWatch(triggerFileFor(process.cwd()));
  eleventyConfig.addWatchTarget(deletions.triggerFile);
  eleventyConfig.on("eleventy.before", (arg: BuildEvent) => {
    if (arg?.runMode === "serve" || arg?.runMode === "watch") deletions.start(newsDir());
    store.reset();
    indexer.reset();
    store.prefetch(newsDir());
  });

  eleventyConfig.on("eleventy.after", (arg: BuildEvent) => {
    if (arg?.outputMode === "fs" && Array.isArray(arg.results)) {
      const removed = stale.prune(arg.results, eleventyConfig.directories.output, arg.incremental === true);
      if (removed.length > 0) console.log(`news-archive: removed ${removed.length} page${removed.length === 1 ? "" : "s"} no longer in the archive`);
    }
    const index = indexer.current;
    const diagnostics = store.diagnostics();
    store.stopPrefetch();
    diagnostics.push(...notArticles(newsDir(), displayPath));
    for (const v of index?.mergedVariants ?? []) {
      // Declared aliases never get here (the tagger maps them to their canonical name), so a tag
      // merge is an undeclared spelling variant: worth an editor's look, at each file that wrote one.
      v.names.forEach((name, i) => {
        if (name === v.shown) return;
        diagnostics.push({
          severity: v.kind === "tag" ? "warning" : "info",
          ruleId: `${v.kind}-variants`,
          reason:
            v.kind === "tag"
              ? `Tag "${name}" differs from "${v.shown}" only in case or diacritics; they share one page, shown as "${v.shown}". Declare "${name}" as an alias in _data/newsTaxonomy.json to silence this.`
              : `Source "${name}" differs from "${v.shown}" only in case or diacritics; they share one page, shown as "${v.shown}".`,
          file: displayPath(v.firstUse[i]!),
          line: 1,
          column: 1,
        });
      });
    }
    const published = index ? index.dated.length + index.undated.length : 0;
    const summary = summarise(store.all().length, published, index?.undated.length ?? 0, diagnostics);
    const lines = formatReport(diagnostics, options.printWarnings);
    if (lines.length > 0) console.error(lines.join("\n"));
    console.log(summaryLine(summary));
    if (summary.errors > 0 && options.failOnError) throw new NewsArchiveContentError(summary);
  });
}
