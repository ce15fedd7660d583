/**
 * Reading a built archive as files: its pages by URL, their links and ids, and a crawl that finds
 * broken internal links and the pages reachable from the home page. No browser needed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface BuiltSite {
  dir: string;
  pathPrefix: string;
  /** URL path (with the prefix) → HTML, for every .html file. `…/index.html` is served as `…/`. */
  pages: Map<string, string>;
}

export function readSite(dir: string, pathPrefix: string): BuiltSite {
  const pages = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    if (!rel.endsWith(".html")) continue;
    const slashed = rel.split(path.sep).join("/");
    const url = pathPrefix + (slashed === "index.html" ? "" : slashed.replace(/(^|\/)index\.html$/, "$1"));
    pages.set(url, readFileSync(path.join(dir, rel), "utf8"));
  }
  return { dir, pathPrefix, pages };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };
const decode = (value: string) => value.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name]!);

/**
 * The href and src values of a page. The layouts quote attributes with double quotes and Nunjucks
 * escapes text, so attribute syntax cannot appear inside text and a pattern suffices here.
 */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

export interface BrokenLink {
  from: string;
  href: string;
  why: string;
}

const BASE = "http://archive.test";

/** Is `pathname` a file of the build (any type)? Folders count when they hold index.html. */
function fileExists(site: BuiltSite, pathname: string): boolean {
  if (!pathname.startsWith(site.pathPrefix)) return false;
  let rel = decodeURIComponent(pathname.slice(site.pathPrefix.length));
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  try {
    return statSync(path.join(site.dir, rel)).isFile();
  } catch {
    return false;
  }
}

/** Every internal link on every page (reachable or not) must point at a file of the build, and a fragment at an id of its page. */
export function brokenLinks(site: BuiltSite): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [from, html] of site.pages) {
    for (const href of linksOf(html)) {
      const target = new URL(href, BASE + from);
      if (target.origin !== BASE) continue; // external (a source's own site), not ours to check
      if (!fileExists(site, target.pathname)) {
        broken.push({ from, href, why: target.pathname.startsWith(site.pathPrefix) ? "no such file in the build" : `outside the path prefix ${site.pathPrefix}` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !idsOf(site.pages.get(target.pathname) ?? "").has(fragment)) broken.push({ from, href, why: `no id="${fragment}" on ${target.pathname}` });
    }
  }
  return broken;
}

/** URL paths of the pages reachable by following links from `start`. */
export function reachableFrom(site: BuiltSite, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    for (const href of linksOf(site.pages.get(url) ?? "")) {
      const target = new URL(href, BASE + url);
      if (target.origin !== BASE || seen.has(target.pathname) || !site.pages.has(target.pathname)) continue;
      seen.add(target.pathname);
      queue.push(target.pathname);
    }
  }
  return seen;
}

/** Article pages: the layouts mark them with `og:type` "article". */
export function articleUrls(site: BuiltSite): string[] {
  return [...site.pages].filter(([, html]) => html.includes('<meta property="og:type" content="article">')).map(([url]) => url);
}

export function htmlLang(html: string): string | null {
  return /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? null;
}
