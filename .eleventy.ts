/** This repository's own archive: the sample articles in src/news/ built with the plugin. */
import { readdirSync, readFileSync } from "node:fs";
import newsArchive from "./plugin/index.ts";

const site = JSON.parse(readFileSync(new URL("./_data/site.json", import.meta.url), "utf8"));

/**
 * The sample's 15 articles share few tags, so a tag on a single article keeps its page and every tag, source
 * and author its feeds; once this repository holds a real archive (its own files dropped into src/news/), the
 * plugin's defaults apply (a tag on 2 articles, feeds from 5), since on thousands of articles a tag on one
 * article is mostly noise.
 */
const SMALL_ARCHIVE = 100;
const articles = (readdirSync(new URL("./src/news/", import.meta.url), { recursive: true }) as string[]).filter((f) => f.endsWith(".txt")).length;

export default function (eleventyConfig: { addPlugin(plugin: unknown, options?: object): void }) {
  const small = articles < SMALL_ARCHIVE;
  eleventyConfig.addPlugin(newsArchive, { site, ...(small ? { tags: { minArticles: 1 }, termFeedMinArticles: 1 } : {}) });
  return {
    dir: { input: "src", includes: "../_includes", data: "../_data", output: "_site" },
  };
}
