/**
 * Generated pages as virtual templates, and the plugin's layouts: a layout
 * is registered as a virtual template only when the user has no file of the
 * same name, and partials resolve through a fallback Nunjucks loader, so a
 * user's `_includes/news-archive/<name>` always wins.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TemplatePath } from "@11ty/eleventy-utils";
import { LIST_KINDS, renderCollectionName } from "./collections.ts";
import { sitemapEnabled } from "./sitemap.ts";
import type { NewsArchiveOptions, PageKind } from "./options.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** The package's own `_includes` folder (next to `plugin/` in source and to `dist/` when compiled). */
export const PACKAGE_INCLUDES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "_includes");

/** Virtual folder (inside the input folder) of the plugin's generated page templates. */
export const PAGES_FOLDER = "news-archive-pages";

/** Folder inside `_includes` holding the plugin's layouts and partials. */
export const LAYOUT_FOLDER = "news-archive";

/** The project's layouts folder lies outside the input folder and lacks the plugin's layouts. */
export class NewsArchiveLayoutError extends Error {
  constructor(layoutsDir: string, inputDir: string, missing: readonly string[]) {
    const shown = path.relative(process.cwd(), layoutsDir) || ".";
    super(
      `news-archive: the includes folder ${shown} is outside the input folder ${path.relative(process.cwd(), inputDir) || "."}, ` +
        `where Eleventy 3 cannot serve the plugin's built-in layouts, and it has no ${LAYOUT_FOLDER}/ layouts (${missing.join(", ")}). ` +
        `Copy them there with \`npx news-archive layouts ${shown}\` (then edit them freely), or keep the includes folder inside the input folder.`,
    );
    this.name = "NewsArchiveLayoutError";
  }
}

export function registerLayouts(eleventyConfig: EleventyConfig): void {
  const dirs = eleventyConfig.directories;
  const userLayouts = path.resolve(dirs.layouts ?? dirs.includes);
  const ownFolder = path.join(PACKAGE_INCLUDES, LAYOUT_FOLDER);
  const missing = readdirSync(ownFolder).filter((name) => name.endsWith(".njk") && !existsSync(path.join(userLayouts, LAYOUT_FOLDER, name)));
  if (missing.length > 0) {
    // Eleventy 3 can serve a virtual layout only from an includes folder inside the input folder.
    const rel = path.relative(path.resolve(dirs.input), userLayouts);
    const inside = rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
    if (!inside) throw new NewsArchiveLayoutError(userLayouts, path.resolve(dirs.input), missing);
  }
  for (const name of missing) {
    const relative = `${LAYOUT_FOLDER}/${name}`;
    // The key Eleventy looks a virtual layout up by: its path relative to the input folder.
    const layoutPath = TemplatePath.addLeadingDotSlash(TemplatePath.join(dirs.layouts ?? dirs.includes, relative));
    const virtualPath = TemplatePath.stripLeadingSubPath(layoutPath, TemplatePath.addLeadingDotSlash(TemplatePath.join(dirs.input)));
    eleventyConfig.addTemplate(virtualPath, readFileSync(path.join(ownFolder, name), "utf8"));
  }
  if (path.resolve(userLayouts) === path.resolve(PACKAGE_INCLUDES)) return;
  // Partials and the stylesheet (`{% include %}`) fall back to the package's folder after the user's.
  type Loader = { cache?: Record<string, unknown> };
  eleventyConfig.on("eleventy.engine.njk", ((arg: { nunjucks: { FileSystemLoader: new (dirs: string[]) => Loader }; environment: { loaders: Loader[] } }) => {
    const loader = new arg.nunjucks.FileSystemLoader([PACKAGE_INCLUDES]);
    loader.cache = {}; // what Environment#_initLoaders does for loaders given to the constructor
    arg.environment.loaders.push(loader);
  }) as (arg: never) => unknown);
}

export function registerPages(eleventyConfig: EleventyConfig, options: NewsArchiveOptions): void {
  const p = options.permalinks;
  const L = (name: string) => `${LAYOUT_FOLDER}/${name}.njk`;
  const base = { eleventyExcludeFromCollections: true };
  const single: [PageKind, string][] = [
    ["home", p.home],
    ["years", p.years],
    ["tags", p.tags],
    ["sources", p.sources],
    ["authors", p.authors],
    ["notFound", p.notFound],
    ["robots", p.robots],
  ];
  for (const [kind, permalink] of single) {
    if (!options.pages[kind]) continue;
    eleventyConfig.addTemplate(`${PAGES_FOLDER}/${kind}.njk`, "", {
      ...base,
      layout: L(kind === "notFound" ? "not-found" : kind),
      permalink,
      newsPageKind: kind,
    });
  }
  // Every article page from one template: the body is rendered from the parsed text, never evaluated as a template.
  eleventyConfig.addTemplate(`${PAGES_FOLDER}/article.njk`, "{{ newsView | newsBody | safe }}", {
    ...base,
    layout: L("article"),
    pagination: { data: `collections.${renderCollectionName("article")}`, size: 1, alias: "newsView" },
    permalink: (data: { newsView: { url: string } }) => data.newsView.url,
    // `title` as every Eleventy layout expects it.
    eleventyComputed: { title: (data: { newsView?: { title: string } }) => data.newsView?.title },
    newsPageKind: "article",
  });
  for (const kind of LIST_KINDS) {
    if (!options.pages[kind]) continue;
    eleventyConfig.addTemplate(`${PAGES_FOLDER}/${kind}.njk`, "", {
      ...base,
      layout: L(kind === "year" ? "year" : "list"),
      pagination: { data: `collections.${renderCollectionName(kind)}`, size: 1, alias: "newsPage" },
      permalink: (data: { newsPage: { url: string } }) => data.newsPage.url,
      newsPageKind: kind,
    });
  }
  // A calendar day in every year, and their index; the page describing the open data (its files are written after the build).
  if (options.pages.onThisDay) {
    eleventyConfig.addTemplate(`${PAGES_FOLDER}/on-this-day.njk`, "", {
      ...base,
      layout: L("on-this-day"),
      pagination: { data: `collections.${renderCollectionName("onThisDay")}`, size: 1, alias: "newsOnThisDay" },
      permalink: (data: { newsOnThisDay: { url: string } }) => data.newsOnThisDay.url,
      newsPageKind: "onThisDay",
    });
    if (options.pages.onThisDayIndex) {
      eleventyConfig.addTemplate(`${PAGES_FOLDER}/on-this-day-index.njk`, "", { ...base, layout: L("on-this-day-index"), permalink: p.onThisDayIndex, newsPageKind: "onThisDayIndex" });
    }
  }
  if (options.pages.data) {
    eleventyConfig.addTemplate(`${PAGES_FOLDER}/data.njk`, "", { ...base, layout: L("data"), permalink: p.data, newsPageKind: "data" });
  }
  eleventyConfig.addTemplate(`${PAGES_FOLDER}/tag-letter.njk`, "", {
    ...base,
    layout: L("tag-letter"),
    pagination: { data: `collections.${renderCollectionName("tagLetter")}`, size: 1, alias: "newsTermPage" },
    permalink: (data: { newsTermPage: { url: string } }) => data.newsTermPage.url,
    newsPageKind: "tagLetter",
  });
  // Feeds: Atom and JSON Feed for the archive and for each tag, source and author page.
  for (const [kind, layout] of [["feedAtom", "feed-atom"], ["feedJson", "feed-json"]] as const) {
    eleventyConfig.addTemplate(`${PAGES_FOLDER}/${layout}.njk`, "", {
      ...base,
      layout: L(layout),
      pagination: { data: `collections.${renderCollectionName(kind)}`, size: 1, alias: "newsFeed" },
      permalink: (data: { newsFeed: { url: string } }) => data.newsFeed.url,
      newsPageKind: kind,
    });
  }
  if (sitemapEnabled(options)) {
    eleventyConfig.addTemplate(`${PAGES_FOLDER}/sitemap.njk`, "", {
      ...base,
      layout: L("sitemap"),
      pagination: { data: `collections.${renderCollectionName("sitemap")}`, size: 1, alias: "newsSitemap" },
      permalink: (data: { newsSitemap: { url: string } }) => data.newsSitemap.url,
      newsPageKind: "sitemap",
    });
  }
  if (options.search) {
    eleventyConfig.addTemplate(`${PAGES_FOLDER}/search.njk`, "", { ...base, layout: L("search"), permalink: p.search, newsPageKind: "search" });
    eleventyConfig.addTemplate(`${PAGES_FOLDER}/search-script.njk`, `{% include "${LAYOUT_FOLDER}/search.js" %}`, { ...base, permalink: p.searchScript });
  }
  eleventyConfig.addTemplate(`${PAGES_FOLDER}/stylesheet.njk`, `{% include "${LAYOUT_FOLDER}/style.css" %}`, {
    ...base,
    permalink: p.stylesheet,
  });
}
