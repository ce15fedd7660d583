/**
 * YAML front matter overrides derived fields, so an editor can correct one
 * article (a wrong date, a missing source) without rewriting its text.
 */
import { parseDateLine } from "./parse-date.ts";
import { makeSlug } from "./slug.ts";
import type { ArticleData } from "./types.ts";
import type { DiagnosticList } from "./diagnostics.ts";

interface Context {
  zone: string;
  diags: DiagnosticList;
  /** Line reported for front-matter problems without a line of their own (the first YAML line). */
  line: number;
  /** The line of each top-level key. */
  keyLines?: Record<string, number>;
}

/**
 * Keys Eleventy's data cascade would interpret in a template. A raw article
 * is never a template, so each is either given a meaning of our own
 * (`permalink`, `layout`, `tags`, `date`) or refused by name at its line.
 */
const ELEVENTY_KEYS = new Set([
  "page", "content", "collections", "eleventy", "pkg", "pagination", "eleventyComputed", "eleventyExcludeFromCollections",
  "templateEngineOverride", "eleventyImport", "eleventyNavigation", "dynamicPermalink", "permalinkBypassOutputDir",
  "eleventyDataSchema", "eleventyAllowMissingExtension", "renderData", "templateContent",
]);

/** Whether Eleventy owns this key (every `eleventy…` key included). */
export function isEleventyKey(key: string): boolean {
  return ELEVENTY_KEYS.has(key) || /^eleventy/i.test(key);
}

/** The layouts an article may name: the archive's own article layout. */
export const ARTICLE_LAYOUTS = ["news-archive/article.njk", "news-archive/article"];

const STRING_FIELDS = ["title", "lead", "source", "sourceUrl", "author"] as const;

export function applyFrontMatter(data: ArticleData, fm: Record<string, unknown>, ctx: Context): void {
  for (const [key, value] of Object.entries(fm)) {
    const line = ctx.keyLines?.[key] ?? ctx.line;
    if (isEleventyKey(key)) {
      const hint = key === "eleventyExcludeFromCollections" ? " Use `draft: true` to keep an article unpublished." : "";
      ctx.diags.add("warning", "reserved-key", `Front matter key \`${key}\` belongs to Eleventy and has no meaning in a raw article (it is never a template); it was ignored.${hint}`, line);
      continue;
    }
    switch (key) {
      case "layout":
        if (typeof value !== "string" || !ARTICLE_LAYOUTS.includes(value.trim())) {
          ctx.diags.add("warning", "invalid-layout", `Front matter \`layout: ${String(value)}\` is not one of the archive's layouts (${ARTICLE_LAYOUTS[0]}); the article uses its usual layout. Override ${ARTICLE_LAYOUTS[0]} in your _includes to change how articles look.`, line);
        }
        break;
      case "permalink": {
        if (value === false) {
          data.permalink = false;
          break;
        }
        const checked = typeof value === "string" ? checkPermalink(value) : { reason: "it is not a text" };
        if ("url" in checked) data.permalink = checked.url;
        else ctx.diags.add("warning", "invalid-permalink", `Front matter \`permalink: ${String(value)}\` cannot be used: ${checked.reason}. The article keeps its derived URL.`, line);
        break;
      }
      case "date":
        applyDate(data, value, { ...ctx, line });
        break;
      case "tags":
        // Merged with a `Từ khóa:` line (the tagger removes duplicates); front matter first.
        data.tags = [...toTagList(value), ...data.tags];
        break;
      case "slug": {
        const slug = value === null || value === undefined ? "" : makeSlug(String(value), Number.MAX_SAFE_INTEGER);
        if (slug) data.slug = slug;
        else ctx.diags.add("warning", "invalid-front-matter", `Front matter \`slug\` ${JSON.stringify(value)} has no letters or digits; the slug is derived from the title.`, line);
        break;
      }
      case "draft":
        data.draft = value === true || value === "true" || value === "yes";
        break;
      default:
        if (key === "title") {
          const title = typeof value === "string" || typeof value === "number" ? String(value).normalize("NFC").replace(/\s+/g, " ").trim() : "";
          if (title !== "") data.title = title;
          else ctx.diags.add("warning", "invalid-front-matter", `Front matter \`title\` is empty or not a text; the title line of the article is kept.`, line);
        } else if ((STRING_FIELDS as readonly string[]).includes(key)) {
          data[key] = value === null || value === undefined ? null : String(value).normalize("NFC").trim();
        } else {
          data[key] = value;
        }
    }
  }
}

function applyDate(data: ArticleData, value: unknown, ctx: Context): void {
  if (value === null || value === "" || value === undefined) {
    data.date = null;
    return;
  }
  const text = value instanceof Date ? value.toISOString() : String(value).trim();
  const result = parseDateLine(text, { zone: ctx.zone });
  if (result.matched && result.date) {
    data.date = result.date.iso;
    data.dateHasTime = result.date.hasTime;
    data.dateLine = text;
    return;
  }
  data.date = null;
  ctx.diags.add("error", "invalid-date", `Front matter \`date: ${text}\` is not a date this archive can read. Write it as \`2021-12-08 17:50\` or \`2021-12-08T17:50:00+07:00\`.`, ctx.line);
}

function toTagList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : value == null ? [] : [value];
  return list.map((t) => String(t).normalize("NFC").trim()).filter((t) => t.length > 0);
}

/**
 * A permalink an article may ask for: a URL path inside the site (`/a/b/` or
 * `/a/b.html`, a missing leading slash added), never leaving it (`..`), with
 * no scheme, query, fragment, backslash, control character or space. Returns
 * the path, or why it is refused.
 */
export function checkPermalink(value: string): { url: string } | { reason: string } {
  const raw = value.normalize("NFC").trim();
  if (raw === "") return { reason: "it is empty" };
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//")) return { reason: "it names another site; a permalink is a path inside this one, such as /tin/cau-moi/" };
  if (/[\\?#\s\p{Cc}]/u.test(raw)) return { reason: "it holds a backslash, `?`, `#`, a space or a control character" };
  const url = raw.startsWith("/") ? raw : `/${raw}`;
  const segments = url.split("/");
  if (segments.some((s) => s === ".." || s === ".")) return { reason: "it leaves the site's folder (`..`)" };
  if (url.includes("//")) return { reason: "it has an empty path segment (`//`)" };
  if (!url.endsWith("/") && !/\.html?$/i.test(url)) return { reason: "it must end with `/` or `.html`" };
  // `/a/index.html` is the page `/a/`: one spelling, so two files asking for it are seen to collide.
  return { url: url.replace(/(^|\/)index\.html?$/i, "$1") };
}
