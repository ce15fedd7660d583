/** This repository's own archive: the sample articles in src/news/ built with the plugin. */
import { readFileSync } from "node:fs";
import newsArchive from "./plugin/index.ts";

const site = JSON.parse(readFileSync(new URL("./_data/site.json", import.meta.url), "utf8"));

export default function (eleventyConfig: { addPlugin(plugin: unknown, options?: object): void }) {
  // A sample of 15 articles: nearly every tag is on one article only, so keep tags with a single article
  // (an archive of thousands keeps the default, 2: a tag on one article is mostly noise there).
  eleventyConfig.addPlugin(newsArchive, { site, tags: { minArticles: 1 } });
  return {
    dir: { input: "src", includes: "../_includes", data: "../_data", output: "_site" },
  };
}
