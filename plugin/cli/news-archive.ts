#!/usr/bin/env node
/** `news-archive <command>`: the command-line entry of the package. */
import { readFileSync } from "node:fs";
import { runInspect } from "./inspect.ts";
import { runLayouts } from "./layouts.ts";

const USAGE = `Usage: news-archive inspect [options] [<file-or-folder>...]
       news-archive layouts <includes-folder>
       news-archive --version

Commands:
  inspect   What the build will make of each raw article: its URL, derived
            front matter (YAML) and every diagnostic the build gives, with the
            options of the project's Eleventy config. Without files: the whole
            news folder. Given files outside the news folder are checked as if
            they were added to it. Exit status 1 when any file has an error.
  layouts   Copy the plugin's layouts into <includes-folder>/news-archive/
            to edit them; existing files are never overwritten.

Options of inspect:
  --json                 one JSON array [{ file, url, data, diagnostics }] instead of YAML
  --explain              say why each tag was chosen or dropped (with --json: "tagReasons", "droppedTags")
  --config <file>        the Eleventy config to read options from (default: Eleventy's own names, e.g. eleventy.config.js)
  --no-config            no project: default options, and only the given files make the archive
  --alone                only the given files make the archive, with the project's options
  --min-articles <n>     override tags.minArticles (keep a derived tag only when n articles carry it)
  --tags <mode>          override tags.mode: off | explicit | taxonomy | auto
  --data <folder>        override where newsTaxonomy.json is (default: Eleventy's data folder)
  --zone <IANA zone>     override the zone for wall times without offset (default Asia/Ho_Chi_Minh)`;

/** The package's version, as `npm ls` shows it. */
function version(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "inspect") return runInspect(rest, process.stdout, process.stderr, USAGE);
  if (command === "layouts") return runLayouts(rest, process.stdout);
  if (command === "--version" || command === "-v" || command === "version") {
    process.stdout.write(`news-archive ${version()}\n`);
    return 0;
  }
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE + "\n");
    return command === undefined ? 2 : 0;
  }
  process.stderr.write(`news-archive: unknown command "${command}".\n\n${USAGE}\n`);
  return 2;
}

// `inspect | head`: a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`news-archive: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
