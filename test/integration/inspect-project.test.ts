/**
 * `inspect` in a project says what the build says: the same options (read
 * from the project's Eleventy config), the same URLs, the same archive-wide
 * diagnostics, the same handling of a file it cannot read.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { article } from "./helpers.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const tsx = import.meta.resolve("tsx");
const eleventyBin = path.join(repo, "node_modules/@11ty/eleventy/cmd.cjs");
const cli = path.join(repo, "plugin/cli/news-archive.ts");

interface Finding { file: string; line: number; severity: string; ruleId: string }
interface Entry { file: string; url: string | null; data: { slug: string; tags: string[]; source?: string | null }; diagnostics: Finding[] }

/** `file:line:col  severity  reason  [rule]`, as the build and inspect print them. */
function findings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/^(\S+):(\d+):\d+ {2}(error|warning) {2}.*\[([a-z-]+)\]$/gm)) out.push({ file: m[1]!, line: Number(m[2]), severity: m[3]!, ruleId: m[4]! });
  return out.sort((a, b) => `${a.file}:${a.line}:${a.ruleId}`.localeCompare(`${b.file}:${b.line}:${b.ruleId}`));
}

const key = (f: Finding) => `${f.file}:${f.line} ${f.severity} ${f.ruleId}`;

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, ["--import", tsx, ...args], { cwd, encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function htmlPages(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith("index.html")).map((f) => `/${f.split(path.sep).join("/").replace(/index\.html$/, "")}`);
}

describe("inspect in a project agrees with the build", () => {
  let site: string;
  let build: ReturnType<typeof run>;
  let entries: Entry[];
  let inspected: ReturnType<typeof run>;

  beforeAll(() => {
    site = mkdtempSync(path.join(os.tmpdir(), "news-archive-inspect-"));
    const write = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), text);
    };
    // Options only the config gives: a short slug, one-article tags, a data folder inside the input folder.
    write(
      "eleventy.config.mjs",
      `import newsArchive from ${JSON.stringify(pathToFileURL(path.join(repo, "plugin/index.ts")).href)};
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(newsArchive, { slugMaxLength: 12, tags: { minArticles: 1 }, search: false });
}
export const config = { dir: { input: "content", data: "_data" } };
`,
    );
    write("content/_data/newsTaxonomy.json", JSON.stringify({ tags: [{ name: "Xe điện bánh hơi", aliases: ["tàu điện bánh hơi"] }] }));
    // Misplaced: at the project root while Eleventy's data folder is content/_data.
    write("_data/newsTaxonomy.json", JSON.stringify({ tags: [] }));
    const same = article("Hà Nội mở thêm tuyến buýt điện", "Thứ hai, 14/10/2019 08:00", { source: "VnExpress", body: "Thành phố thử nghiệm tàu điện bánh hơi trên tuyến mới." });
    write("content/news/a.txt", same);
    write("content/news/b.txt", article("Hà Nội mở thêm tuyến buýt điện mới", "Thứ hai, 14/10/2019 09:00", { source: "Tuổi Trẻ" })); // same short slug, same day
    write("content/news/copy.txt", same); // byte for byte a.txt
    write("content/news/cand/cand.11tydata.json", JSON.stringify({ source: "CAND" }));
    write("content/news/cand/c.txt", article("Giao ban công tác Đảng", "Thứ tư, 08/12/2021 17:50"));
    write("content/news/bad.txt", article("Ngày không tồn tại", "31/02/2021 10:00"));
    write("incoming/new.txt", article("Bài mới chưa thêm vào", "Thứ năm, 09/12/2021 07:00", { source: "CAND" }));

    build = run(site, [eleventyBin]);
    inspected = run(site, [cli, "inspect", "--json"]);
    entries = JSON.parse(inspected.stdout) as Entry[];
  }, 120_000);

  it("builds with an error, as inspect's exit status says", () => {
    expect(build.status, build.stderr).not.toBe(0);
    expect(inspected.status, inspected.stderr).toBe(1);
    expect(inspected.stderr).toContain("options from eleventy.config.mjs");
  });

  it("takes the options and data folder from the project's config", () => {
    const c = entries.find((e) => e.file === "content/news/cand/c.txt")!;
    expect(c.data.slug.length).toBeLessThanOrEqual(12);
    expect(c.data.source).toBe("CAND"); // from the folder's directory data
    const a = entries.find((e) => e.file === "content/news/a.txt")!;
    expect(a.data.tags).toContain("Xe điện bánh hơi"); // from content/_data/newsTaxonomy.json, kept at minArticles 1
    // The build read the same taxonomy file: the tag has its page.
    expect(htmlPages(path.join(site, "_site"))).toContain("/tags/xe-dien-banh-hoi/");
  });

  it("gives every published file the URL of its built page", () => {
    const built = htmlPages(path.join(site, "_site"));
    const urls = entries.map((e) => e.url).filter((u): u is string => u !== null);
    expect(urls.length).toBe(4); // a, b, c, bad; the copy is published once, from a.txt
    for (const u of urls) expect(built).toContain(u);
    expect(new Set(urls).size).toBe(urls.length);
    expect(entries.find((e) => e.file === "content/news/copy.txt")!.url).toBeNull();
  });

  it("gives the same errors and warnings as the build: collisions, duplicates, dates, the misplaced taxonomy file", () => {
    const fromBuild = findings(build.stderr).map(key);
    const fromInspect = findings(inspected.stderr).concat(entries.flatMap((e) => e.diagnostics.filter((d) => d.severity !== "info"))).map((f) => key(f)).sort();
    expect(fromBuild.length).toBeGreaterThan(0);
    expect(fromInspect).toEqual([...fromBuild].sort());
    const rules = new Set(fromBuild.map((k) => k.split(" ").pop()));
    for (const rule of ["slug-collision", "duplicate-article", "invalid-date", "misplaced-taxonomy"]) expect(rules).toContain(rule);
  });

  it("checks a batch outside the news folder in the archive it would join", () => {
    const r = run(site, [cli, "inspect", "--json", "incoming/new.txt"]);
    const [entry, ...rest] = JSON.parse(r.stdout) as Entry[];
    expect(rest).toEqual([]);
    expect(entry!.url).toMatch(/^\/2021\/12\/09\/[a-z-]{1,12}\/$/);
    expect(r.stderr).toMatch(/1 files, 0 errors, 1 warnings \(checked in an archive of 6 files\)/);
    expect(r.stderr).toContain("misplaced-taxonomy");
  });

  it("names a file it cannot read and goes on with the others", () => {
    const r = run(site, [cli, "inspect", "--json", `incoming/${"x".repeat(300)}.txt`, "incoming/new.txt"]);
    expect(r.status).toBe(1);
    const list = JSON.parse(r.stdout) as Entry[];
    expect(list.map((e) => e.diagnostics.map((d) => d.ruleId))).toEqual([["unreadable-file"], []]);
    expect(list[1]!.url).not.toBeNull();
  });
});

describe("inspect reads the project's parse cache", () => {
  /** Change the cached entry of `file` (its stamp kept): only a reader that trusts the cache sees the change. */
  function editCachedEntry(site: string, file: string, edit: (data: Entry["data"] & { derivedTags: string[] }) => void): void {
    const folder = path.join(site, ".cache/news-archive");
    const [name] = readdirSync(folder).filter((n) => n.endsWith(".jsonl"));
    const full = path.join(folder, name!);
    let hits = 0;
    const lines = readFileSync(full, "utf8").split("\n").map((line, i) => {
      if (i === 0 || line === "") return line;
      const entry = JSON.parse(line) as { key: string; result: { data: Entry["data"] & { derivedTags: string[] } } };
      if (!entry.key.endsWith(file)) return line;
      hits++;
      edit(entry.result.data);
      return JSON.stringify(entry);
    });
    expect(hits).toBe(1);
    writeFileSync(full, lines.join("\n"));
  }

  it("takes the unchanged files of the archive from the cache the build wrote, and parses the changed ones again", () => {
    const site = mkdtempSync(path.join(os.tmpdir(), "news-archive-inspect-cache-"));
    const write = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), text);
    };
    write(
      "eleventy.config.mjs",
      `import newsArchive from ${JSON.stringify(pathToFileURL(path.join(repo, "plugin/index.ts")).href)};
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(newsArchive, { search: false, tags: { minArticles: 3 } });
}
`,
    );
    write("news/a.txt", article("Hà Nội mở thêm tuyến buýt điện", "Thứ hai, 14/10/2019 08:00", { body: "Hà Nội thử nghiệm tuyến buýt điện. Người dân Hà Nội hào hứng." }));
    write("news/b.txt", article("Huế đón khách du lịch dịp lễ", "Thứ ba, 15/10/2019 09:00", { body: "Huế đón nhiều khách trong dịp lễ." }));
    const built = run(site, [eleventyBin]);
    expect(built.status, built.stderr).toBe(0);
    type Inspected = Entry & { droppedTags: string[] };
    const inspectA = () => {
      // Another minArticles than the build's: it is applied to the whole archive, so the cache still holds.
      const r = run(site, [cli, "inspect", "--json", "--explain", "--min-articles", "2", "news/a.txt"]);
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as Inspected[])[0]!;
    };

    // One article carries `Hà Nội`: below minArticles (2), so it is dropped.
    expect(inspectA().droppedTags).toContain("Hà Nội");
    // b.txt's cached entry now carries it too: inspect, reading b.txt from the cache, keeps the tag.
    editCachedEntry(site, "news/b.txt", (d) => {
      d.tags.push("Hà Nội");
      d.derivedTags.push("Hà Nội");
    });
    const kept = inspectA();
    expect(kept.data.tags).toContain("Hà Nội");
    expect(kept.droppedTags).not.toContain("Hà Nội");
    // b.txt edited: its entry no longer holds, b.txt is parsed again, and the tag is dropped again.
    write("news/b.txt", article("Huế đón khách du lịch dịp lễ", "Thứ ba, 15/10/2019 09:00", { body: "Huế đón rất nhiều khách trong dịp lễ." }));
    const dropped = inspectA();
    expect(dropped.droppedTags).toContain("Hà Nội");
    expect(dropped.data.tags).not.toContain("Hà Nội");
  }, 120_000);
});
