/**
 * The open-data files (`/data/articles.jsonl`, `articles.csv`, `tags.json`,
 * `sources.json`), written into the output folder after Eleventy has written
 * the pages. Not templates: a template's output is held whole in memory until
 * the build ends, while these are streamed one article at a time (rows from
 * core/open-data.ts). URLs in them are absolute under `site.url` and the
 * path prefix. `--dryrun` writes nothing: Eleventy does not tell plugins about
 * it, so the files are written only when Eleventy wrote this build's
 * stylesheet (see `eleventyWrote`).
 */
import { createWriteStream, mkdirSync, renameSync, rmSync, statSync, type WriteStream } from "node:fs";
import path from "node:path";
import type { Archive } from "./archive.ts";
import { articleRow, csvHeader, csvRow, jsonLine, termRows, UTF8_BOM, type ArticleRow } from "./core/open-data.ts";
import { absoluteUrl } from "./filters.ts";
import type { NewsArchiveOptions } from "./options.ts";

/** The data files' site-relative URLs, null when a file is off (for links and the sitemap). */
export function openDataLinks(options: NewsArchiveOptions): Record<"page" | "jsonl" | "csv" | "tags" | "sources", string | null> {
  const { pages: on, permalinks: p } = options;
  return {
    page: on.data ? p.data : null,
    jsonl: on.dataJsonl ? p.dataJsonl : null,
    csv: on.dataCsv ? p.dataCsv : null,
    tags: on.dataTags ? p.dataTags : null,
    sources: on.dataSources ? p.dataSources : null,
  };
}

/** What the layouts print: the data page, and each file that is on with its name and the UI string describing it. */
export interface OpenDataView {
  page: string | null;
  files: { url: string; name: string; text: "dataJsonl" | "dataCsv" | "dataTags" | "dataSources" }[];
}

export function openDataView(options: NewsArchiveOptions): OpenDataView {
  const links = openDataLinks(options);
  const files: OpenDataView["files"] = [];
  for (const [key, text] of [["jsonl", "dataJsonl"], ["csv", "dataCsv"], ["tags", "dataTags"], ["sources", "dataSources"]] as const) {
    const url = links[key];
    if (url) files.push({ url, name: url.slice(url.lastIndexOf("/") + 1), text });
  }
  return { page: links.page, files };
}

/**
 * Did Eleventy write this build's files? `outputPath`: a file every build writes (the stylesheet);
 * `since`: when the build started. A dry run leaves it as it was (or absent).
 */
export function eleventyWrote(outputPath: string | undefined, since: number): boolean {
  if (!outputPath) return false;
  try {
    // File times may be stored coarser than the clock: allow a second.
    return statSync(outputPath).mtimeMs >= since - 1000;
  } catch {
    return false;
  }
}

/**
 * One write of the data files at a time. A full build waits for its write; while serving, a
 * rebuild's files are written after its pages are served (an error is printed, never thrown into
 * the serve loop), and never two at once.
 */
export class OpenDataRuns {
  private chain: Promise<unknown> = Promise.resolve();

  now(job: () => Promise<unknown>): Promise<unknown> {
    if (this.timer) clearTimeout(this.timer); // a full build writes everything: a pending background write is moot
    this.timer = null;
    const run = this.chain.catch(() => null).then(job);
    this.chain = run;
    return run;
  }

  private timer: NodeJS.Timeout | null = null;

  /** After `quietMs` without another rebuild (edits come in bursts), so the write never delays serving a page. */
  later(job: () => Promise<unknown>, quietMs = 5000): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.now(job).catch((error: unknown) => console.error(`news-archive: the open-data files were not written: ${error instanceof Error ? error.message : String(error)}`));
    }, quietMs);
  }
}

export async function writeOpenData(
  archive: Archive,
  options: NewsArchiveOptions,
  outputDir: string,
  pathPrefix: string,
): Promise<string[]> {
  const links = openDataLinks(options);
  const abs = (url: string) => absoluteUrl(url, options.site.url, pathPrefix);
  const { index } = archive;
  const written: string[] = [];
  // One pass over the articles feeds both files; rows go out in chunks of about 256 KB (a write per row costs more than the row).
  const outputs: { url: string; head: string; line: (row: ArticleRow) => string }[] = [];
  if (links.jsonl) outputs.push({ url: links.jsonl, head: "", line: jsonLine });
  if (links.csv) outputs.push({ url: links.csv, head: UTF8_BOM + csvHeader(), line: csvRow });
  if (outputs.length > 0) {
    const streams = outputs.map((o) => new StreamedFile(fileFor(outputDir, o.url)));
    try {
      await Promise.all(streams.map((s, i) => s.write(outputs[i]!.head)));
      const chunks = outputs.map(() => "");
      const flush = async (min: number) => {
        for (let i = 0; i < streams.length; i++) {
          if (chunks[i]!.length < min) continue;
          await streams[i]!.write(chunks[i]!);
          chunks[i] = "";
        }
      };
      for (const a of index.dated.concat(index.undated)) {
        const row = articleRow(a, abs(a.url), archive.newsFile(a.id), archive.words(a.id));
        for (let i = 0; i < outputs.length; i++) chunks[i] += outputs[i]!.line(row);
        await flush(1 << 17);
      }
      await flush(0);
      for (const s of streams) await s.close();
    } catch (cause) {
      for (const s of streams) s.abort();
      throw cause;
    }
    written.push(...outputs.map((o) => o.url));
  }
  // Tags and sources are a few thousand entries at most: one JSON document each.
  for (const [url, terms] of [[links.tags, index.tags], [links.sources, index.sources]] as const) {
    if (!url) continue;
    const file = new StreamedFile(fileFor(outputDir, url));
    try {
      await file.write(`${JSON.stringify(termRows(terms, abs), null, 1)}\n`);
      await file.close();
    } catch (cause) {
      file.abort();
      throw cause;
    }
    written.push(url);
  }
  return written;
}

function fileFor(outputDir: string, url: string): string {
  return path.join(outputDir, ...decodeURI(url).split("/").filter(Boolean));
}

/** A file written through a stream with back-pressure into a temporary name, moved into place when closed, so a reader never sees half a file. */
class StreamedFile {
  private readonly temporary: string;
  private readonly out: WriteStream;
  private failure: Error | null = null;

  constructor(private readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.temporary = `${file}.${process.pid}.tmp`;
    this.out = createWriteStream(this.temporary, { encoding: "utf8" });
    this.out.on("error", (e) => (this.failure ??= e));
  }

  async write(chunk: string): Promise<void> {
    this.check();
    if (chunk !== "" && !this.out.write(chunk)) await drained(this.out);
    this.check();
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.out.once("error", reject);
      this.out.end(resolve);
    });
    this.check();
    try {
      renameSync(this.temporary, this.file);
    } catch (cause) {
      throw this.wrap(cause);
    }
  }

  abort(): void {
    this.out.destroy();
    rmSync(this.temporary, { force: true });
  }

  private check(): void {
    if (this.failure) throw this.wrap(this.failure);
  }

  private wrap(cause: unknown): Error {
    return new Error(`news-archive: could not write the open-data file ${this.file}`, { cause });
  }
}

function drained(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => {
      out.off("drain", onDrain);
      reject(e);
    };
    const onDrain = () => {
      out.off("error", onError);
      resolve();
    };
    out.once("drain", onDrain);
    out.once("error", onError);
  });
}
