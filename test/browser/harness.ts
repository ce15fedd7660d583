/**
 * What the browser tests and the screenshot script share: build the sample archive under a path
 * prefix, serve it from 127.0.0.1, find and launch Debian's Chromium, and watch what pages do.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import type { UserOptions } from "../../plugin/options.ts";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CONFIG = "test/browser/eleventy.config.ts";

export interface SampleBuild {
  dir: string;
  pathPrefix: string;
  /** The plugin's summary line, e.g. `15 files read, 15 articles published, …`. */
  summary: string;
}

/**
 * Build the repository's sample archive (src/) into a fresh temp folder, in a child process running
 * the Eleventy command line, as a user would (`npx eleventy --pathprefix=… --output=…`). A child
 * keeps Eleventy's module-level caches and its relative-path handling out of the test process.
 */
export function buildSample(pathPrefix: string, options: UserOptions = {}): SampleBuild {
  const dir = mkdtempSync(path.join(os.tmpdir(), "news-archive-browser-"));
  const cli = path.join(path.dirname(fileURLToPath(import.meta.resolve("@11ty/eleventy"))), "..", "cmd.cjs");
  const r = spawnSync(
    process.execPath,
    ["--import", import.meta.resolve("tsx"), cli, `--config=${CONFIG}`, `--pathprefix=${pathPrefix}`, `--output=${dir}`, "--quiet"],
    { cwd: REPO, encoding: "utf8", env: { ...process.env, NEWS_ARCHIVE_TEST_OPTIONS: JSON.stringify(options) } },
  );
  if (r.status !== 0) throw new Error(`building the sample archive failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  const summary = /\[news-archive\] (.*)/.exec(r.stdout)?.[1];
  if (!summary) throw new Error(`no [news-archive] summary line in the build output:\n${r.stdout}`);
  return { dir, pathPrefix, summary };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serve `dir` under `prefix` as a static host would: index.html for folders, the archive's 404.html with status 404. */
export async function serveStatic(dir: string, prefix: string): Promise<StaticServer> {
  const notFound = path.join(dir, "404.html");
  const server = createServer((req, res) => {
    const send = (status: number, file: string) => {
      res.writeHead(status, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(readFileSync(file));
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(404, notFound);
    }
    if (!pathname.startsWith(prefix)) return send(404, notFound);
    const file = path.join(dir, pathname.slice(prefix.length));
    if (!file.startsWith(dir + path.sep) && file !== dir) return send(404, notFound);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { location: `${pathname}/` });
        return res.end();
      }
      const index = path.join(file, "index.html");
      return existsSync(index) ? send(200, index) : send(404, notFound);
    }
    return existsSync(file) ? send(200, file) : send(404, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** CHROMIUM_PATH if set (it must be a program), else Debian's /usr/bin/chromium, else null. Never a downloaded browser. */
export function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!executable(configured)) throw new Error(`CHROMIUM_PATH is set to ${configured}, which is not an executable file`);
    return configured;
  }
  return executable("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true, // playwright-core gives every launch a fresh temporary profile
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

export interface PageProblems {
  /** Every request any page of the context made, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions, with the page they happened on. */
  errors: string[];
}

/**
 * Record every request and every console error of a browser context, and refuse (abort) any
 * request that is not for `origin`: a test must never reach the network, and must still notice
 * that a page tried to.
 */
export async function watch(context: BrowserContext, origin: string): Promise<PageProblems> {
  const seen: PageProblems = { requests: [], errors: [] };
  context.on("request", (request) => seen.requests.push(request.url()));
  context.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(`${message.page()?.url() ?? "?"}: ${message.text()} (${message.location().url})`);
  });
  context.on("weberror", (error) => seen.errors.push(`${error.page()?.url() ?? "?"}: ${error.error().message}`));
  await context.route("**/*", (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("blockedbyclient")));
  return seen;
}
