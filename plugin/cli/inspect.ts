/**
 * `news-archive inspect`: what the build will make of each raw file, before
 * building. It loads the project's Eleventy config for the plugin's options
 * and folders, reads the files as the build reads them, computes the archive
 * with the build's own code (URLs, collisions, variants, duplicates), and
 * prints each file's front matter as YAML (or one JSON array), its URL and
 * every diagnostic with file:line:col.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { buildArchive, eleventyInputPath } from "../archive.ts";
import { ArticleParser } from "../article-parser.ts";
import { contentHash } from "../content-hash.ts";
import { isUsableZone } from "../core/parse-date.ts";
import { formatDiagnostic } from "../core/diagnostics.ts";
import { readArticle, type ReadResult } from "../core/read-article.ts";
import { bodyText, renderBody, withoutBlocks } from "../core/render-body.ts";
import { wordCount } from "../core/open-data.ts";
import { createTagger, explainTag, TAG_MODES, type TagMode, type TagReason } from "../core/tags/derive-tags.ts";
import { termKey } from "../core/archive-index.ts";
import type { Diagnostic, ParseResult } from "../core/types.ts";
import { DirectoryData } from "../directory-data.ts";
import { displayPath } from "../news-archive.ts";
import { isArticleFile, scanNewsFolder } from "../news-files.ts";
import { MAX_ARTICLE_BYTES, NewsReader, tooLarge, unreadableFile, type NewsFile } from "../news-reader.ts";
import { parseCacheFor, readTaxonomyText } from "../parse-cache.ts";
import { resolveOptions, type NewsArchiveOptions } from "../options.ts";
import { summarise } from "../report.ts";
import { misplacedTaxonomy, resolveTagSettings } from "../tag-settings.ts";
import { findConfig, loadProject } from "./project.ts";

interface Writable { write(s: string): unknown }

export interface InspectEntry {
  file: string;
  /** The URL the build gives the article; null when it is not published (see the diagnostics). */
  url: string | null;
  data: ParseResult["data"];
  body: { kind: string; line: number }[];
  diagnostics: Diagnostic[];
  tagReasons: TagReason[];
  /** Derived tags too rare in the archive to keep (`tags.minArticles`). */
  droppedTags: string[];
}

export interface InspectArgs {
  json: boolean;
  explain: boolean;
  /** `--config <file>`; undefined: Eleventy's own config names; null (`--no-config`): defaults, no project. */
  config: string | null | undefined;
  /** Only the given files make the archive (not the project's news folder as well). */
  alone: boolean;
  zone?: string;
  tagsMode?: TagMode;
  dataDir?: string;
  minArticles?: number;
  paths: string[];
}

export function parseInspectArgs(args: readonly string[]): InspectArgs {
  const out: InspectArgs = { json: false, explain: false, config: undefined, alone: false, paths: [] };
  const value = (i: number, name: string) => {
    const v = args[i];
    if (!v) throw new Error(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") out.json = true;
    else if (a === "--explain") out.explain = true;
    else if (a === "--alone") out.alone = true;
    else if (a === "--no-config") out.config = null;
    else if (a === "--config") out.config = value(++i, "--config");
    else if (a.startsWith("--config=")) out.config = a.slice(9);
    else if (a === "--tags") {
      const mode = value(++i, "--tags") as TagMode;
      if (!TAG_MODES.includes(mode)) throw new Error(`--tags must be one of ${TAG_MODES.join(", ")}; received "${mode}"`);
      out.tagsMode = mode;
    } else if (a === "--data") out.dataDir = value(++i, "--data");
    else if (a === "--min-articles") {
      const n = Number(value(++i, "--min-articles"));
      if (!Number.isInteger(n) || n < 0) throw new Error(`--min-articles must be a whole number; received "${args[i]}"`);
      out.minArticles = n;
    } else if (a === "--zone") {
      const z = args[++i];
      if (!z) throw new Error("--zone needs an IANA time zone, e.g. --zone Asia/Ho_Chi_Minh");
      out.zone = z;
    } else if (a.startsWith("--zone=")) out.zone = a.slice(7);
    else if (a.startsWith("-")) throw new Error(`unknown option "${a}" for inspect`);
    else out.paths.push(a);
  }
  if (out.zone !== undefined && !isUsableZone(out.zone)) throw new Error(`--zone "${out.zone}" is not an IANA time zone (e.g. Asia/Ho_Chi_Minh)`);
  return out;
}

/** Every article file under the given paths (absolute), in a stable order, each once. */
export function collectFiles(paths: readonly string[]): string[] {
  const out = paths.flatMap((p) => {
    const abs = path.resolve(p);
    let dir = false;
    try {
      dir = statSync(abs).isDirectory();
    } catch {
      // not there: read below, where it becomes the build's `unreadable-file` error
    }
    return dir ? scanNewsFolder(abs).articles.filter(isArticleFile).map((n) => path.join(abs, n)) : [abs];
  });
  return [...new Set(out)];
}

/** The settings a check runs with: the project's, then what the command line overrides. */
interface Setting {
  options: NewsArchiveOptions;
  input: string;
  data: string | undefined;
  /** Where the settings came from, for the summary line. */
  from: string;
  project: boolean;
}

async function settingsFor(args: InspectArgs, err: Writable): Promise<Setting> {
  const cwd = process.cwd();
  const configFile = args.config === null ? null : args.config ?? findConfig(cwd);
  const project = configFile === null ? null : await loadProject(cwd, configFile);
  let options = project?.options ?? resolveOptions({});
  if (!project && args.config === undefined) err.write("news-archive inspect: no Eleventy config in this folder; the default options are used\n");
  const tags = { ...options.tags, ...(args.tagsMode ? { mode: args.tagsMode } : {}), ...(args.minArticles !== undefined ? { minArticles: args.minArticles } : {}) };
  options = { ...options, zone: args.zone ?? options.zone, tags };
  return {
    options,
    input: project?.input ?? ".",
    data: args.dataDir ?? project?.data ?? "_data",
    from: project ? project.configFile : "default options",
    project: project !== null,
  };
}

interface Read {
  file: NewsFile;
  full: ReadResult | null;
}

/** One file as the build reads it; the full result (blocks and tag reasons) is kept for printing. */
function readOne(key: string, relative: string, o: NewsArchiveOptions, tagger: ReturnType<typeof createTagger>): Read {
  const shown = displayPath(key);
  let bytes: Uint8Array;
  try {
    const stats = statSync(key);
    if (stats.size > MAX_ARTICLE_BYTES) return { file: tooLarge(key, shown, relative, stats.size), full: null };
    bytes = readFileSync(key);
  } catch (cause) {
    return { file: unreadableFile(key, shown, relative, cause), full: null };
  }
  const full = readArticle(bytes, shown, { zone: o.zone, slugMaxLength: o.slugMaxLength, furniture: o.furniture }, tagger);
  const html = renderBody(full.body);
  const file: NewsFile = { key, display: shown, relative, result: withoutBlocks(full), html, words: wordCount(bodyText(html)), hash: contentHash(bytes), stamp: null, mtimeMs: 0 };
  return { file, full };
}

export interface InspectOutcome {
  entries: InspectEntry[];
  /** Diagnostics about no single inspected file: the folder, the taxonomy file, other files of the archive. */
  other: Diagnostic[];
  /** Files that made the archive (the inspected ones and, in a project, its news folder). */
  archiveFiles: number;
  published: number;
  from: string;
  minArticles: number;
  /** Files of the archive checked whose derived tags include this one. */
  carrying(tag: string): number;
}

export async function inspect(args: InspectArgs, err: Writable = { write: () => true }): Promise<InspectOutcome> {
  const s = await settingsFor(args, err);
  const o = s.options;
  const newsDir = path.resolve(s.input, o.newsFolder);
  const shown = args.paths.length > 0 ? collectFiles(args.paths) : null;
  if (!shown && !s.project) throw new Error("inspect needs files or folders to check, or to run in a project (a folder with an Eleventy config that adds news-archive)");

  // The archive: the project's news folder as the build lists it, plus the given files not in it.
  const keys: { key: string; relative: string }[] = [];
  const folderDiagnostics: Diagnostic[] = [];
  if (s.project && !args.alone) {
    const scan = scanNewsFolder(newsDir, displayPath);
    folderDiagnostics.push(...scan.diagnostics);
    for (const name of scan.articles) keys.push({ key: path.resolve(newsDir, name), relative: name.split(path.sep).join("/") });
  }
  const known = new Set(keys.map((k) => k.key));
  for (const key of shown ?? []) if (!known.has(key)) keys.push({ key, relative: path.relative(newsDir, key).split(path.sep).join("/") });

  const tagger = createTagger(resolveTagSettings(o.tags, s.data));
  // The files to print are read here in full (blocks and tag reasons); the rest of the archive is read
  // as the build reads it: from the project's parse cache where a file has not changed since the last
  // build, otherwise through the build's own parser, on both cores. The cache is only read, never written.
  const wanted = new Set(shown ?? keys.map((k) => k.key));
  const rest = keys.filter((k) => !wanted.has(k.key));
  const parser = new ArticleParser(o, () => s.data);
  const restRead = new Map<string, NewsFile>();
  try {
    const reader = new NewsReader(parser, () => ({ articles: rest.map((k) => path.relative(newsDir, k.key)), diagnostics: [] }));
    const cache = s.project && rest.length > 0 ? parseCacheFor(o, newsDir, readTaxonomyText(s.data)) : null;
    try {
      if (cache) reader.seed(cache.load(), displayPath);
    } catch {
      // a damaged entry: the archive is parsed as if there were no cache
    }
    for (const f of (await reader.read(newsDir, displayPath)).files) restRead.set(f.key, f);
  } finally {
    parser.stop();
  }
  const reads: Read[] = keys.map(({ key, relative }) => {
    const done = restRead.get(key);
    return done ? { file: done, full: null } : readOne(key, relative, o, tagger);
  });
  const archive = await buildArchive(
    reads.map((r) => r.file),
    { options: o, inputDir: s.input, outputDir: "_site", directoryData: new DirectoryData(s.input, displayPath) },
  );
  const misplaced = s.project ? misplacedTaxonomy(s.data, process.cwd(), displayPath) : null;
  const all = [...folderDiagnostics, ...(misplaced ? [misplaced] : []), ...archive.diagnostics];

  const articles = new Set(reads.map((r) => r.file.display));
  const byFile = new Map<string, Diagnostic[]>();
  // About no article (the folder, a data file, the taxonomy file): always shown. About an article not asked for: not shown.
  const other: Diagnostic[] = [];
  for (const d of all) {
    if (!articles.has(d.file)) other.push(d);
    else byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  }
  // How many files of the archive carry each derived tag, for `--explain`.
  const carrying = new Map<string, number>();
  for (const r of reads) for (const t of new Set(r.file.result.data.tags.map(termKey))) carrying.set(t, (carrying.get(t) ?? 0) + 1);
  const entries = reads
    .filter((r) => wanted.has(r.file.key))
    .map(({ file, full }): InspectEntry => {
      const view = archive.viewsById.get(eleventyInputPath(file.key));
      const parsed = full?.data ?? file.result.data;
      // As the page gets it (directory data merged in, rare derived tags dropped); fields the text did not give stay null.
      const data = view ? ({ ...parsed, ...view.data } as ParseResult["data"]) : parsed;
      return {
        file: file.display,
        url: view?.url ?? null,
        data,
        body: (full?.body ?? []).map((b) => ({ kind: b.kind, line: b.line })),
        diagnostics: sortDiagnostics(byFile.get(file.display) ?? []),
        tagReasons: full?.tagReasons ?? [],
        droppedTags: view ? parsed.tags.filter((t) => !data.tags.includes(t)) : [],
      };
    });
  return {
    entries,
    other: sortDiagnostics(other),
    archiveFiles: reads.length,
    published: archive.index.dated.length + archive.index.undated.length,
    from: s.from,
    minArticles: o.tags.minArticles,
    carrying: (tag) => carrying.get(termKey(tag)) ?? 0,
  };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

export async function runInspect(args: readonly string[], out: Writable, err: Writable, usage = ""): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    out.write(usage + "\n");
    return 0;
  }
  const opts = parseInspectArgs(args);
  const result = await inspect(opts, err);
  const { entries, other } = result;
  if (opts.json) {
    const json = entries.map((e) =>
      opts.explain
        ? { file: e.file, url: e.url, data: e.data, diagnostics: e.diagnostics, tagReasons: e.tagReasons, droppedTags: e.droppedTags }
        : { file: e.file, url: e.url, data: e.data, diagnostics: e.diagnostics },
    );
    out.write(JSON.stringify(json, null, 2) + "\n");
  } else {
    for (const e of entries) {
      const captions = e.body.filter((b) => b.kind === "caption").length;
      out.write(`# ${e.file}\n# url: ${e.url ?? "(not published)"}\n---\n${stringify({ ...e.data, paragraphs: e.body.length - captions, captions }, { lineWidth: 0 })}---\n`);
      if (opts.explain) {
        const gone = new Set(e.droppedTags);
        for (const r of e.tagReasons) out.write(gone.has(r.tag) ? `${dropLine(r.tag, result)}; found as ${explainTag(r).slice(r.tag.length + 2)}\n` : `# tag ${explainTag(r)}\n`);
      }
      for (const d of e.diagnostics) out.write(formatDiagnostic(d) + "\n");
      out.write("\n");
    }
  }
  for (const d of other) err.write(formatDiagnostic(d) + "\n");
  const counted = [...entries.flatMap((e) => e.diagnostics), ...other];
  const s = summarise(result.archiveFiles, result.published, 0, counted);
  const archive = result.archiveFiles === entries.length ? "" : ` (checked in an archive of ${result.archiveFiles} files)`;
  err.write(`news-archive inspect: ${entries.length} files, ${s.errors} errors, ${s.warnings} warnings${archive}; options from ${result.from}\n`);
  return s.errors > 0 ? 1 : 0;
}

function dropLine(tag: string, result: InspectOutcome): string {
  return `# tag ${tag}: dropped: on ${result.carrying(tag)} of the ${result.archiveFiles} files checked, and tags.minArticles is ${result.minArticles}`;
}
