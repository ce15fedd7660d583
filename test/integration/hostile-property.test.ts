/**
 * Property: whatever the raw files hold (random bytes, random text, front
 * matter drawn from Eleventy's reserved keys and others, random names), the
 * build completes, every file is published once or named in the report,
 * nothing is written outside the output folder and no generated page is
 * overwritten.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import newsArchive from "../../plugin/index.ts";

const KEYS = [
  "layout", "permalink", "pagination", "eleventyComputed", "eleventyExcludeFromCollections", "templateEngineOverride",
  "eleventyImport", "eleventyNavigation", "dynamicPermalink", "permalinkBypassOutputDir", "eleventyDataSchema",
  "page", "content", "collections", "eleventy", "pkg", "eleventyWhatever", "date", "tags", "title", "slug", "draft", "source", "ghiChu",
];
const VALUES = fc.oneof(
  fc.constantFrom(
    "../../../escaped/", "/index.html", "/", "/tags/", "/2021/", "/2021/12/08/", "/404.html", "/news-archive.css", "/tin/a/",
    "nope.njk", "news-archive/article.njk", "{{ 7 * 7 }}", "{% include 'x' %}", "2021-12-08 10:00", "31/02/2021", "",
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("data", "size", "x"), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);
const ARTICLE = fc
  .record({
    fm: fc.dictionary(fc.constantFrom(...KEYS), VALUES, { maxKeys: 4 }),
    title: fc.oneof(fc.constantFrom("Bài viết", "Cầu mới", "!!!", "Tin"), fc.string({ minLength: 1, maxLength: 20 })),
    date: fc.constantFrom("Thứ tư, 08/12/2021 17:50", "08/12/2021", "", "31/02/2021 10:00"),
    body: fc.string({ maxLength: 60 }),
  })
  .map(({ fm, title, date, body }) => {
    const head = Object.keys(fm).length > 0 ? `---\n${stringify(fm)}---\n` : "";
    return `${head}${title.replace(/[\r\n]/g, " ")}\n${date}\n\n${body}\n\nTheo CAND\n`;
  });
const CONTENT = fc.oneof(
  { weight: 3, arbitrary: ARTICLE.map((t) => new TextEncoder().encode(t)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }).map((t) => new TextEncoder().encode(t)) },
);
// Names a person could give a file: any letters (NFC or NFD), spaces, device names; never hidden, never a path.
const NAME = fc
  .oneof(
    fc.constantFrom("CON", "nul", "bài viết", "tin tức".normalize("NFD"), "a b c", "Ảnh", "index", "2021"),
    fc.string({ minLength: 1, maxLength: 16 }).map((s) => s.replace(/[/\\\0.]/g, "_")),
  )
  .filter((n) => n.trim() !== "" && Buffer.byteLength(n) < 200)
  .map((n) => `${n}.txt`);
const SITE = fc.uniqueArray(fc.tuple(NAME, CONTENT), { minLength: 1, maxLength: 6, selector: ([n]) => n.normalize("NFC").toLowerCase() });

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

afterEach(() => vi.restoreAllMocks());

describe("any raw files", () => {
  it("build, publish each file once or name it, and never write outside the output folder or over a generated page", async () => {
    const top = mkdtempSync(path.join(os.tmpdir(), "news-archive-prop-"));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(SITE, async (files) => {
        // Three levels deep, so a path that climbs out would land where the test looks.
        const root = path.join(top, `r${run++}`, "deep", "site");
        for (const [name, bytes] of files) {
          mkdirSync(path.join(root, "src/news"), { recursive: true });
          writeFileSync(path.join(root, "src/news", name), bytes);
        }
        writeFileSync(path.join(root, "src/map.njk"), "---\npermalink: /map.json\neleventyExcludeFromCollections: true\n---\n{{ collections.newsArticles | dump | safe }}");
        const before = filesUnder(path.dirname(path.dirname(root)));
        const report: string[] = [];
        vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void report.push(a.join(" ")));
        vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void report.push(a.join(" ")));
        const previous = process.cwd();
        process.chdir(root);
        try {
          const elev = new Eleventy("src", "_site", {
            quietMode: true,
            configPath: false,
            config(c: { addPlugin(p: unknown, o?: object): void }) {
              c.addPlugin(newsArchive, { failOnError: false, printWarnings: true });
            },
          });
          await elev.write(); // the build completes
        } finally {
          process.chdir(previous);
          vi.restoreAllMocks();
        }
        const text = report.join("\n");
        // Nothing outside the output folder changed, but for the parse cache in the project's `.cache/news-archive/`.
        const own = [path.join("deep", "site", "_site") + path.sep, path.join("deep", "site", ".cache", "news-archive") + path.sep];
        const after = filesUnder(path.dirname(path.dirname(root))).filter((f) => !own.some((o) => f.startsWith(o)));
        expect(after).toEqual(before);
        // No generated page was overwritten by an article.
        const site = path.join(root, "_site");
        expect(readFileSync(path.join(site, "index.html"), "utf8")).toContain('class="news-home"');
        expect(readFileSync(path.join(site, "404.html"), "utf8")).not.toContain('class="news-article"');
        expect(readFileSync(path.join(site, "news-archive.css"), "utf8")).not.toContain("<html");
        for (const f of filesUnder(site).filter((f) => /^(tags|sources|years)\//.test(f) || /^\d{4}\/(\d\d\/){0,2}index\.html$/.test(f))) {
          expect(readFileSync(path.join(site, f), "utf8"), f).not.toContain('class="news-article"');
        }
        // Every file: one page, or named in the report.
        const items = JSON.parse(readFileSync(path.join(site, "map.json"), "utf8")) as { inputPath: string }[];
        const pagesOf = new Map<string, number>();
        for (const i of items) {
          const rel = path.basename(i.inputPath);
          pagesOf.set(rel, (pagesOf.get(rel) ?? 0) + 1);
        }
        for (const [name] of files) {
          const pages = pagesOf.get(name) ?? 0;
          expect(pages, name).toBeLessThanOrEqual(1);
          if (pages === 0) expect(text, `${name} was neither published nor named`).toContain(`src/news/${name}`);
        }
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 25), seed: Number(process.env.PROP_SEED ?? 20261203), endOnFailure: true },
    );
  }, 180_000);
});
