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
  /** Line reported for front-matter problems (the first YAML line). */
  line: number;
}

const STRING_FIELDS = ["title", "lead", "source", "sourceUrl", "author"] as const;

export function applyFrontMatter(data: ArticleData, fm: Record<string, unknown>, ctx: Context): void {
  for (const [key, value] of Object.entries(fm)) {
    switch (key) {
      case "date":
        applyDate(data, value, ctx);
        break;
      case "tags":
        // Merged with a `Từ khóa:` line (the tagger removes duplicates); front matter first.
        data.tags = [...toTagList(value), ...data.tags];
        break;
      case "slug": {
        const slug = value === null || value === undefined ? "" : makeSlug(String(value), Number.MAX_SAFE_INTEGER);
        if (slug) data.slug = slug;
        else ctx.diags.add("warning", "invalid-front-matter", `Front matter \`slug\` ${JSON.stringify(value)} has no letters or digits; the slug is derived from the title.`, ctx.line);
        break;
      }
      case "draft":
        data.draft = value === true || value === "true" || value === "yes";
        break;
      default:
        if ((STRING_FIELDS as readonly string[]).includes(key)) {
          data[key] = value === null || value === undefined ? null : String(value).normalize("NFC").trim();
          if (key === "title" && !data.title) data.title = "";
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
