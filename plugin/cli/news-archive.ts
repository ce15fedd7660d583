#!/usr/bin/env node
/** `news-archive <command>`: the command-line entry of the package. */
import { runInspect } from "./inspect.ts";
import { runLayouts } from "./layouts.ts";

const USAGE = `Usage: news-archive inspect [options] <file-or-folder>...
       news-archive layouts <includes-folder>

Commands:
  inspect   Print each raw article's derived front matter (YAML) and its
            diagnostics. Exit status 1 when any file has an error.
  layouts   Copy the plugin's layouts into <includes-folder>/news-archive/
            to edit them; existing files are never overwritten.

Options of inspect:
  --json                 one JSON array [{ file, data, diagnostics }] instead of YAML
  --explain              say why each tag was chosen or dropped (with --json: "tagReasons", "droppedTags")
  --min-articles <n>     keep a derived tag only when n of the inspected files carry it (default 2, as tags.minArticles)
  --tags <mode>          off | explicit | taxonomy | auto (default auto)
  --data <folder>        where newsTaxonomy.json is (default _data)
  --zone <IANA zone>     zone for wall times without offset (default Asia/Ho_Chi_Minh)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "inspect") return runInspect(rest, process.stdout, process.stderr, USAGE);
  if (command === "layouts") return runLayouts(rest, process.stdout);
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE + "\n");
    return command === undefined ? 2 : 0;
  }
  process.stderr.write(`news-archive: unknown command "${command}".\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`news-archive: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
