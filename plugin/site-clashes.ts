/**
 * A page of the user's own site that takes a URL the archive also writes
 * (most often the site's own `index.njk` and the archive's home page at `/`).
 * Eleventy then stops with its duplicate-output error, which does not say how
 * to keep both; this names both pages and the option that moves the archive's.
 */
import { generatedUrls, samePage, type Archive } from "./archive.ts";
import type { NewsArchiveOptions } from "./options.ts";
import { PAGES_FOLDER } from "./pages.ts";

/** Eleventy's `eleventy.contentMap` payload: each template's input path → its pages' URLs. */
export type InputPathToUrl = Record<string, (string | false)[]>;

export function siteClashes(inputPathToUrl: InputPathToUrl, archive: Archive, options: NewsArchiveOptions): string[] {
  const own = Object.entries(inputPathToUrl).filter(([input]) => !input.includes(`/${PAGES_FOLDER}/`));
  if (own.length === 0) return [];
  const generated = generatedUrls(archive.index, options);
  const articles = new Set(archive.views.map((v) => samePage(v.url)));
  const home = samePage(options.permalinks.home);
  const out: string[] = [];
  for (const [input, urls] of own) {
    for (const url of urls) {
      if (typeof url !== "string") continue;
      const page = samePage(url);
      if (!generated.has(page) && !articles.has(page)) continue;
      const fix =
        page === home
          ? `Keep yours and move the archive's home page with the option \`permalinks: { home: "/tin-tuc/" }\`, or turn it off with \`pages: { home: false }\`.`
          : articles.has(page)
            ? "An article of the archive has this URL: give your page another permalink, or the article a `slug:` in its front matter."
            : "Move the archive's page with the `permalinks` option, or turn its kind off under `pages`.";
      out.push(`news-archive: your page ${input} and the archive both write ${url}. ${fix}`);
    }
  }
  return out;
}
