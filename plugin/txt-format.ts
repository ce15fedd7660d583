/**
 * Raw `.txt` news files as Eleventy templates. Eleventy does not read them
 * (`read: false`): the store reads raw bytes, so UTF-16 and BOMs survive, and
 * parses each file once. Outside the news folder a `.txt` file stays inert.
 */
import path from "node:path";
import { displayPath, isPublishable, type ArticleStore } from "./article-store.ts";
import type { NewsArchiveOptions } from "./options.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Keys Eleventy owns; front matter in a raw file cannot set them. */
const RESERVED = new Set(["page", "content", "collections", "eleventy", "pkg", "pagination"]);

/** Data fields the parser derives that would be noise when empty; omitted so directory data can supply them. */
const OMIT_WHEN_EMPTY = new Set(["date", "source", "sourceUrl", "author", "dateLine", "lead"]);

export function registerTxtFormat(eleventyConfig: EleventyConfig, store: ArticleStore, options: NewsArchiveOptions): void {
  const newsDir = () => path.resolve(eleventyConfig.directories.input, options.newsFolder) + path.sep;
  const inNews = (inputPath: string) => path.resolve(inputPath).startsWith(newsDir());
  const layout = "news-archive/article.njk";
  // One shared function: Eleventy calls it after every template's data is known, so collisions see all files.
  const permalink = (data: { page: { inputPath: string } }) => store.urlFor(data.page.inputPath);

  eleventyConfig.addTemplateFormats("txt");
  eleventyConfig.addExtension("txt", {
    read: false,
    outputFileExtension: "html",
    // Eleventy caches compiled functions per input path across instances; ours close over this build's store.
    compileOptions: { cache: false },
    async getData(inputPath: string) {
      if (!inNews(inputPath)) return { permalink: false, eleventyExcludeFromCollections: true };
      const { result, id } = await store.load(inputPath);
      const data: Record<string, unknown> = { layout };
      for (const [key, value] of Object.entries(result.data)) {
        if (key === "tags") continue;
        if (RESERVED.has(key)) {
          store.addDiagnostic({
            severity: "warning",
            ruleId: "reserved-key",
            reason: `Front matter key \`${key}\` belongs to Eleventy and was ignored.`,
            file: displayPath(inputPath),
            line: 1,
            column: 1,
          });
          continue;
        }
        if (OMIT_WHEN_EMPTY.has(key) && (value === null || value === "")) continue;
        data[key] = value;
      }
      // Derived tags stay out of Eleventy's `tags` (one collection per value would cost O(tags × articles)).
      data.newsTags = result.data.tags;
      data.newsFile = id;
      if (!isPublishable(result)) {
        data.permalink = false;
        data.eleventyExcludeFromCollections = true;
        // Without a date Eleventy stats the file, which fails when it vanished during the build.
        data.date ??= new Date(0);
      } else {
        // Also for a front-matter permalink: the store resolves collisions between all URLs.
        data.permalink = permalink;
      }
      return data;
    },
    compile(_content: string, inputPath: string) {
      if (!inNews(inputPath)) return () => "";
      return () => store.bodyHtml(inputPath);
    },
  });
}
