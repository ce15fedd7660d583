/**
 * Generated pages as virtual templates, and the plugin's layouts: a layout
 * is registered as a virtual template only when the user has no file of the
 * same name, and partials resolve through a fallback Nunjucks loader, so a
 * user's `_includes/news-archive/<name>` always wins.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pagesCollectionName } from "./collections.ts";
import type { NewsArchiveOptions, PageKind } from "./options.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** The package's own `_includes` folder (next to `plugin/` in source and to `dist/` when compiled). */
export const PACKAGE_INCLUDES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "_includes");

/** Folder inside `_includes` holding the plugin's layouts and partials. */
export const LAYOUT_FOLDER = "news-archive";

const LIST_KINDS = ["year", "month", "day", "tag", "source", "undated"] as const;

export function registerLayouts(eleventyConfig: EleventyConfig): void {
  const dirs = eleventyConfig.directories;
  const userLayouts = path.resolve(dirs.layouts ?? dirs.includes);
  const ownFolder = path.join(PACKAGE_INCLUDES, "news-archive");
  for (const name of readdirSync(ownFolder)) {
    if (!name.endsWith(".njk")) continue;
    const relative = `${LAYOUT_FOLDER}/${name}`;
    if (existsSync(path.join(userLayouts, relative))) continue;
    const virtualPath = path.relative(path.resolve(dirs.input), path.join(userLayouts, relative)).split(path.sep).join("/");
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
    ["notFound", p.notFound],
  ];
  for (const [kind, permalink] of single) {
    if (!options.pages[kind]) continue;
    eleventyConfig.addTemplate(`news-archive-pages/${kind}.njk`, "", {
      ...base,
      layout: L(kind === "notFound" ? "not-found" : kind),
      permalink,
      newsPageKind: kind,
    });
  }
  for (const kind of LIST_KINDS) {
    if (!options.pages[kind]) continue;
    eleventyConfig.addTemplate(`news-archive-pages/${kind}.njk`, "", {
      ...base,
      layout: L(kind === "year" ? "year" : "list"),
      pagination: { data: `collections.${pagesCollectionName(kind)}`, size: 1, alias: "newsPage" },
      permalink: (data: { newsPage: { url: string } }) => data.newsPage.url,
      newsPageKind: kind,
    });
  }
  eleventyConfig.addTemplate("news-archive-pages/stylesheet.njk", `{% include "${LAYOUT_FOLDER}/style.css" %}`, {
    ...base,
    permalink: p.stylesheet,
  });
}
