#!/usr/bin/env node
/** `news-archive <command>`: the command-line entry of the package. */
import { runInspect } from "./inspect.ts";

const USAGE = `Usage: news-archive inspect [--json] [--zone <IANA zone>] <file-or-folder>...

Commands:
  inspect   Print each raw article's derived front matter (YAML) and its
            diagnostics; --json prints one JSON array instead.
            Exit status 1 when any file has an error.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "inspect") return runInspect(rest, process.stdout, process.stderr);
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
