/**
 * The search index: after Eleventy has written the site, every published
 * article goes to Pagefind (its Node API, which runs Pagefind's own binary)
 * as a custom record built from the parsed archive, and Pagefind writes its
 * bundle to `<output>/pagefind/`. No HTML is read back.
 */
import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { Archive } from "./archive.ts";
import { searchRecord } from "./core/search-records.ts";

/** Pagefind could not run (its binary is missing for this platform, or failed). */
export class NewsArchiveSearchError extends Error {
  readonly skipOriginalStack = true;
  constructor(detail: string) {
    super(
      `news-archive: the search index could not be built: ${detail}. ` +
        "Pagefind's binary comes from the npm package @pagefind/<platform> (installed with the pagefind package); reinstall with `npm ci`, or set the option `search: false` to build without search.",
    );
    this.name = "NewsArchiveSearchError";
  }
}

export interface SearchIndexResult {
  records: number;
  ms: number;
}

type Pagefind = typeof import("pagefind");

/** The folder in the output that the plugin owns while search is on. */
export const SEARCH_BUNDLE = "pagefind";

/** Record URLs are the site's own (`/2021/12/08/bai/`): Pagefind's client prefixes them with the bundle's base, so `--pathprefix` needs nothing here. */
export async function writeSearchIndex(archive: Archive, outputDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  let pagefind: Pagefind;
  try {
    pagefind = await import("pagefind");
  } catch (cause) {
    throw new NewsArchiveSearchError(`the pagefind package cannot be loaded (${message(cause)})`);
  }
  try {
    const created = await pagefind.createIndex({ forceLanguage: "vi" });
    if (!created.index) throw new NewsArchiveSearchError(created.errors.join("; ") || "Pagefind gave no index");
    const index = created.index;
    // Sent in batches: one message to Pagefind's process per record, without holding 50,000 promises at once.
    const BATCH = 500;
    for (let i = 0; i < archive.views.length; i += BATCH) {
      const batch = archive.views.slice(i, i + BATCH);
      const answers = await Promise.all(batch.map((v) => index.addCustomRecord(searchRecord(v.article, archive.text(v.id), v.url))));
      const failed = answers.find((a) => a.errors.length > 0);
      if (failed) throw new NewsArchiveSearchError(failed.errors.join("; "));
    }
    const added = performance.now();
    // Written aside, then swapped in: a reader never meets half an index, and no fragment of a retracted article stays.
    const target = path.join(path.resolve(outputDir), SEARCH_BUNDLE);
    const aside = `${target}.${process.pid}.tmp`;
    rmSync(aside, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: aside });
    if (written.errors.length > 0) throw new NewsArchiveSearchError(written.errors.join("; "));
    rmSync(target, { recursive: true, force: true });
    renameSync(aside, target);
    if (process.env.NEWS_ARCHIVE_TIMING === "1") console.error(`news-archive timing: search records ${Math.round(added - started)} ms, search files ${Math.round(performance.now() - added)} ms`);
    return { records: archive.views.length, ms: performance.now() - started };
  } catch (cause) {
    throw cause instanceof NewsArchiveSearchError ? cause : new NewsArchiveSearchError(message(cause));
  } finally {
    await pagefind.close().catch(() => null);
  }
}

function message(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
