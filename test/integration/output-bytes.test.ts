import { readFileSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import newsArchive from "../../plugin/index.ts";
import { OUTPUT_BYTES_TRANSFORM, PageRelease, outputBytesSafe } from "../../plugin/output-bytes.ts";
import type { UserOptions } from "../../plugin/options.ts";
import { article, makeSite, readOutput } from "./helpers.ts";

interface WriteResult { url: string; outputPath: string; content: unknown }
type Config = { addPlugin(p: unknown, o?: object): void; addTransform(name: string, fn: (content: unknown) => unknown): void; addBundle?(name: string): void; configureTemplateHandling(o: object): void };

/** `elev.write()` in build mode, as `npx eleventy` runs it; `after` runs once the plugin is added. */
async function write(root: string, options: UserOptions, after?: (config: Config) => void): Promise<WriteResult[]> {
  const previous = process.cwd();
  process.chdir(path.dirname(root));
  try {
    const site = path.basename(root);
    const elev = new Eleventy(`${site}/src`, `${site}/_site`, {
      quietMode: true,
      configPath: false,
      config(eleventyConfig: Config) {
        eleventyConfig.addPlugin(newsArchive, { printWarnings: false, search: false, ...options });
        after?.(eleventyConfig);
      },
    });
    const out = (await elev.write()) as unknown;
    // Eleventy 3 returns [passthrough copies, templates].
    return (Array.isArray(out) && Array.isArray(out[1]) ? out[1] : out) as WriteResult[];
  } finally {
    process.chdir(previous);
  }
}

const files = {
  "news/a.txt": article("Đà Nẵng đón khách quốc tế", "Thứ tư, 08/12/2021 17:50", { source: "CAND", body: "Thành phố Đà Nẵng đón đoàn khách đầu tiên." }),
  "news/b.txt": article("Hà Nội mở thêm tuyến buýt", "09/12/2021 08:00", { source: "Tuổi Trẻ" }),
};

describe("the plugin's pages as bytes (outputBytes)", () => {
  it("hands article pages to Eleventy as UTF-8 bytes and writes the same files as text would", async () => {
    const bytesSite = makeSite(files);
    const textSite = makeSite(files);
    const asBytes = await write(bytesSite, {});
    const asText = await write(textSite, { outputBytes: false });
    const page = asBytes.find((r) => r.url === "/2021/12/08/da-nang-don-khach-quoc-te/");
    expect(Buffer.isBuffer(page?.content)).toBe(true);
    // Once on disk, a page's bytes are let go (a page under 4 KB shares Node's buffer pool and is kept).
    const own = asBytes.filter((r) => Buffer.isBuffer(r.content));
    const released = own.filter((r) => (r.content as Buffer).byteLength === 0);
    expect(released.length).toBeGreaterThan(0);
    for (const r of own) {
      const onDisk = readFileSync(r.outputPath.replace(/^\.?\/?/, `${path.dirname(bytesSite)}/`));
      if ((r.content as Buffer).byteLength > 0) expect(onDisk.equals(r.content as Buffer), r.url).toBe(true);
      else expect(onDisk.byteLength, r.url).toBeGreaterThan(4096);
    }
    expect(asText.every((r) => typeof r.content === "string")).toBe(true);
    // The site's own template (the helpers' article map) is left as text.
    expect(typeof asBytes.find((r) => r.url === "/_article-map.json")?.content).toBe("string");
    const a = readOutput(bytesSite);
    const b = readOutput(textSite);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [name, content] of a) if (!name.startsWith(".news-archive") && name !== "_article-map.json") expect(content, name).toBe(b.get(name));
    expect(a.get("2021/12/08/da-nang-don-khach-quoc-te/index.html")).toContain("Đà Nẵng đón khách quốc tế");
    // Again over the first build's files (the folder is not empty: each page is looked at when handed over).
    const again = await write(bytesSite, {});
    expect(again.filter((r) => Buffer.isBuffer(r.content) && r.content.byteLength === 0).length).toBe(released.length);
    const c = readOutput(bytesSite);
    for (const [name, content] of c) if (!name.startsWith(".news-archive") && name !== "_article-map.json") expect(content, name).toBe(b.get(name));
  }, 60_000);

  it("lets no page go when Eleventy writes asynchronously (it reads the bytes again after the file is complete)", async () => {
    const root = makeSite(files);
    const results = await write(root, {}, (config) => config.configureTemplateHandling({ writeMode: "async" }));
    const own = results.filter((r) => Buffer.isBuffer(r.content));
    expect(own.length).toBeGreaterThan(0);
    for (const r of own) {
      expect((r.content as Buffer).byteLength, r.url).toBeGreaterThan(0);
      expect(readFileSync(r.outputPath.replace(/^\.?\/?/, `${path.dirname(root)}/`)).equals(r.content as Buffer), r.url).toBe(true);
    }
  }, 60_000);

  it("still gives a transform of the site's config text: it runs before the plugin's", async () => {
    const root = makeSite(files);
    const seen = new Set<string>();
    const results = await write(root, {}, (config) => {
      config.addTransform("site-note", (content) => {
        seen.add(typeof content);
        return typeof content === "string" ? content.replace("</body>", "<!-- kiểm tra --></body>") : content;
      });
    });
    expect([...seen]).toEqual(["string"]);
    expect(Buffer.isBuffer(results.find((r) => r.url === "/2021/12/09/ha-noi-mo-them-tuyen-buyt/")?.content)).toBe(true);
    expect(readOutput(root).get("2021/12/08/da-nang-don-khach-quoc-te/index.html")).toContain("<!-- kiểm tra --></body>");
  }, 60_000);

  it("keeps text when a plugin added after news-archive has a transform", async () => {
    const root = makeSite(files);
    const seen = new Set<string>();
    const results = await write(root, {}, (config) => {
      config.addPlugin((c: Config) =>
        c.addTransform("later-plugin", (content) => {
          seen.add(typeof content);
          return typeof content === "string" ? content.replace("</body>", "<!-- sau --></body>") : content;
        }),
      );
    });
    expect([...seen]).toEqual(["string"]);
    expect(results.filter((r) => typeof r.content !== "string").map((r) => r.url)).toEqual([]);
    expect(readOutput(root).get("2021/12/08/da-nang-don-khach-quoc-te/index.html")).toContain("<!-- sau --></body>");
  }, 60_000);
});

describe("outputBytesSafe", () => {
  const base = { transforms: ["@11ty/eleventy/html-transformer", OUTPUT_BYTES_TRANSFORM], bundles: 0, runMode: "build", outputMode: "fs" };
  it("is on for a one-off build to disk with the plugin's transform last", () => {
    expect(outputBytesSafe(base)).toBe(true);
    expect(outputBytesSafe({ ...base, transforms: [...base.transforms, "@11ty/eleventy-bundle", "@11ty/eleventy-bundle/delayed"] })).toBe(true);
  });
  it("is off while serving or watching, for --to=json, after another transform, or with bundles", () => {
    expect(outputBytesSafe({ ...base, runMode: "serve" })).toBe(false);
    expect(outputBytesSafe({ ...base, runMode: "watch" })).toBe(false);
    expect(outputBytesSafe({ ...base, outputMode: "json" })).toBe(false);
    expect(outputBytesSafe({ ...base, transforms: [...base.transforms, "minify-html"] })).toBe(false);
    expect(outputBytesSafe({ ...base, transforms: [...base.transforms, "@11ty/eleventy-bundle/delayed"], bundles: 1 })).toBe(false);
    expect(outputBytesSafe({ ...base, transforms: ["@11ty/eleventy/html-transformer"] })).toBe(false);
  });
});

describe("PageRelease", () => {
  const page = (text: string) => Buffer.from(text.repeat(5000), "utf8");
  const detached = (b: Buffer) => b.byteLength === 0;
  type File = { size: number; mtimeMs: number; ctimeMs: number; ino: number };
  const file = (size: number, time: number, ino = 1): File => ({ size, mtimeMs: time, ctimeMs: time, ino });

  it("lets go of a page once its file has its length and has changed since the page was handed over", () => {
    const disk = new Map<string, File>();
    const release = new PageRelease((p) => disk.get(p), 0);
    release.begin();
    const a = page("a");
    const b = page("bé");
    // a: the previous build's file, same length, its clock far ahead of this build's; b: no file yet.
    disk.set("/out/a/index.html", file(a.byteLength, 9e15));
    release.handOver("/out/a/index.html", a);
    release.handOver("/out/b/index.html", b);
    release.handOver("/out/c/index.html", page("c"));
    expect([detached(a), detached(b)]).toEqual([false, false]);
    disk.set("/out/b/index.html", file(b.byteLength - 1, 5)); // not this page's bytes
    release.handOver("/out/d/index.html", page("d"));
    expect(detached(b)).toBe(false);
    disk.set("/out/a/index.html", file(a.byteLength, 9e15 + 1)); // rewritten
    disk.set("/out/b/index.html", file(b.byteLength, 6));
    release.handOver("/out/e/index.html", page("e"));
    expect([detached(a), detached(b), release.released]).toEqual([true, true, 2]);
    // A file replaced by another one (a new inode) with the same times counts as written too.
    const f = page("f");
    disk.set("/out/f/index.html", file(f.byteLength, 7, 1));
    release.handOver("/out/f/index.html", f);
    disk.set("/out/f/index.html", file(f.byteLength, 7, 2));
    release.finish();
    expect(detached(f)).toBe(true);
  });

  it("keeps pages never written, stops tracking after a run of them, and checks the last ones at the end", () => {
    const disk = new Map<string, File>();
    const release = new PageRelease((p) => disk.get(p), 0);
    release.begin();
    const pages = Array.from({ length: 100 }, (_, i) => page(`p${i}`));
    pages.forEach((b, i) => release.handOver(`/out/${i}.html`, b));
    release.finish();
    expect(pages.some(detached)).toBe(false);
    // A new build: the last page is written after the last transform and let go by finish().
    release.begin();
    const last = page("last");
    release.handOver("/out/last.html", last);
    disk.set("/out/last.html", file(last.byteLength, 5));
    release.finish();
    expect([detached(last), release.released]).toEqual([true, 1]);
  });

  it("does not take a copy restored into the output folder after the build began for the page (found by review)", () => {
    // Another `eleventy.before` listener restores an earlier `_site` while this build starts: the unchanged
    // page's old file, of the same length, is there before Eleventy writes the page.
    const disk = new Map<string, File>();
    const release = new PageRelease((p) => disk.get(p), 0);
    release.begin();
    const a = page("a");
    disk.set("/out/a/index.html", file(a.byteLength, 3, 7));
    release.handOver("/out/a/index.html", a);
    release.handOver("/out/b/index.html", page("b"));
    release.handOver("/out/c/index.html", page("c"));
    expect(detached(a)).toBe(false);
    disk.set("/out/a/index.html", file(a.byteLength, 4, 7)); // Eleventy writes it
    release.finish();
    expect(detached(a)).toBe(true);
  });

  it("looks at a page only once a few more have been handed over (Eleventy writes it a little later)", () => {
    const disk = new Map<string, File>();
    const looked: string[] = [];
    const release = new PageRelease((p) => {
      looked.push(p);
      return disk.get(p);
    }, 2);
    release.begin();
    const pages = ["a", "b", "c", "d"].map((n) => [`/out/${n}.html`, page(n)] as const);
    for (const [p, b] of pages) {
      release.handOver(p, b);
      disk.set(p, file(b.byteLength, 5));
    }
    // Each page is looked at when handed over; when `d` came, only `a` had two pages after it: it alone was checked.
    expect(looked).toEqual(["/out/a.html", "/out/b.html", "/out/c.html", "/out/a.html", "/out/d.html"]);
    expect(pages.map(([, b]) => detached(b))).toEqual([true, false, false, false]);
    release.finish();
    expect([release.released, looked.length]).toEqual([4, 8]);
  });

  it("lets nothing go when turned off (asynchronous writes), and never a small page from Node's buffer pool", () => {
    const release = new PageRelease((p) => (p === "/out/s.html" ? file(3, 10) : file(5 * 5000, 10)), 0);
    release.begin(false);
    const big = page("x");
    release.handOver("/out/x.html", big);
    release.finish();
    expect(detached(big)).toBe(false);
    release.begin();
    const small = Buffer.from("abc");
    release.handOver("/out/s.html", small);
    release.finish();
    expect(small.toString()).toBe("abc");
  });
});
