/**
 * Test-only config: this repository's sample archive (as `.eleventy.ts` builds it) with plugin
 * options overridden from NEWS_ARCHIVE_TEST_OPTIONS (JSON), e.g. a small `pageSize` so that a tag
 * has a second page. Used by the browser tests and the screenshot script, never by users.
 */
import { readFileSync } from "node:fs";
import newsArchive from "../../plugin/index.ts";

const site = JSON.parse(readFileSync(new URL("../../_data/site.json", import.meta.url), "utf8"));
const overrides = JSON.parse(process.env.NEWS_ARCHIVE_TEST_OPTIONS ?? "{}") as object;

export default function (eleventyConfig: { addPlugin(plugin: unknown, options?: object): void }) {
  // As `.eleventy.ts`: the 15-article sample keeps its one-article tags.
  eleventyConfig.addPlugin(newsArchive, { site, tags: { minArticles: 1 }, termFeedMinArticles: 1, ...overrides });
  return {
    dir: { input: "src", includes: "../_includes", data: "../_data" },
  };
}
