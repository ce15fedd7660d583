/**
 * One file never breaks the archive, nothing outside the news folder leaks
 * in, and nothing retracted stays online. Each case builds a real site to
 * disk in a child process (real exit status, real output folder).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { article, buildInChild, makeSite, readOutput } from "./helpers.ts";

const withFrontMatter = (yaml: string, title: string, date = "08/12/2021 10:00") => `---\n${yaml}\n---\n${article(title, date)}`;

/** Article pages (not list pages) in the output whose heading is `title`. */
const pagesTitled = (out: Map<string, string>, title: string) =>
  [...out].filter(([file, html]) => file.endsWith(".html") && html.includes(`<h1>${title}</h1>`)).map(([file]) => file);

describe("front matter Eleventy would interpret", () => {
  it("refuses an unknown layout at its line and still builds every article", () => {
    const root = makeSite({
      "news/a.txt": withFrontMatter("source: CAND\nlayout: nope.njk", "Bài có layout lạ"),
      "news/b.txt": article("Bài bình thường", "08/12/2021 11:00"),
    });
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/src\/news\/a\.txt:3:1 {2}warning .*nope\.njk.*\[invalid-layout\]/);
    const out = readOutput(root);
    expect(pagesTitled(out, "Bài có layout lạ")).toEqual(["2021/12/08/bai-co-layout-la/index.html"]);
    expect(pagesTitled(out, "Bài bình thường")).toHaveLength(1);
  }, 60_000);

  it("never writes outside the output folder for a permalink that climbs out", () => {
    const root = makeSite({ "news/a.txt": withFrontMatter("permalink: ../../../etc/passwd-news/", "Bài leo ra ngoài") });
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/src\/news\/a\.txt:2:1 {2}warning .*leaves the site's folder.*\[invalid-permalink\]/);
    expect(existsSync(path.join(root, "..", "etc"))).toBe(false);
    expect(existsSync("/etc/passwd-news")).toBe(false);
    expect(pagesTitled(readOutput(root), "Bài leo ra ngoài")).toEqual(["2021/12/08/bai-leo-ra-ngoai/index.html"]);
  }, 60_000);

  it("keeps the home page when an article asks for /index.html, reporting once and without a stack trace", () => {
    const root = makeSite({
      "news/a.txt": withFrontMatter("title: Bài chiếm trang chủ\npermalink: /index.html", "Bài chiếm trang chủ"),
      "news/b.txt": article("Bài thứ hai", "08/12/2021 11:00"),
    });
    const r = buildInChild(root);
    expect(r.status).toBe(1); // an error: the exit status says so, and the site is still complete
    const lines = r.stderr.split("\n").filter((l) => l.includes("[permalink-conflict]"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^src\/news\/a\.txt:3:1 {2}error /);
    expect(r.stderr).not.toContain("stack trace");
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const out = readOutput(root);
    expect(out.get("index.html")).toContain('class="news-home"');
    expect(pagesTitled(out, "Bài chiếm trang chủ")).toEqual(["2021/12/08/bai-chiem-trang-chu/index.html"]);
    expect(pagesTitled(out, "Bài thứ hai")).toHaveLength(1);
  }, 60_000);

  it("names eleventyExcludeFromCollections and keeps the article in every index", () => {
    const root = makeSite({ "news/a.txt": withFrontMatter("eleventyExcludeFromCollections: true\npagination: { data: x }", "Bài bị ẩn") });
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/src\/news\/a\.txt:2:1 {2}warning .*eleventyExcludeFromCollections.*\[reserved-key\]/);
    expect(r.stderr).toMatch(/src\/news\/a\.txt:3:1 {2}warning .*pagination.*\[reserved-key\]/);
    const out = readOutput(root);
    expect(out.get("2021/12/08/index.html")).toContain("Bài bị ẩn");
    expect(out.get("index.html")).toContain("Bài bị ẩn");
  }, 60_000);
});

describe("paths", () => {
  it("does not follow a link out of the news folder, nor a loop, and names both", () => {
    const root = makeSite({ "news/a.txt": article("Bài trong thư mục", "08/12/2021 10:00"), "news/sub/b.txt": article("Bài thư mục con", "08/12/2021 11:00") });
    const outside = path.join(os.tmpdir(), `outside-${path.basename(root)}.txt`);
    writeFileSync(outside, article("Bài bên ngoài", "08/12/2021 12:00"));
    symlinkSync(outside, path.join(root, "src/news/outside.txt"));
    symlinkSync(".", path.join(root, "src/news/loop"));
    symlinkSync("..", path.join(root, "src/news/sub/up"));
    const r = buildInChild(root);
    rmSync(outside);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/src\/news\/outside\.txt:1:1 {2}warning .*\[symlink-outside\]/);
    expect(r.stderr).toMatch(/src\/news\/loop:1:1 {2}warning .*\[symlink-loop\]/);
    expect(r.stderr).toMatch(/src\/news\/sub\/up:1:1 {2}warning .*\[symlink-loop\]/);
    const out = readOutput(root);
    expect(pagesTitled(out, "Bài bên ngoài")).toEqual([]);
    expect(pagesTitled(out, "Bài trong thư mục")).toHaveLength(1);
    expect(pagesTitled(out, "Bài thư mục con")).toHaveLength(1);
    expect(r.stdout).toContain("2 files read, 2 articles published");
  }, 60_000);

  it("publishes files with spaces, Vietnamese, NFD and Windows device names, and a byte-identical copy once", () => {
    const nfd = "tin tức".normalize("NFD");
    const root = makeSite({
      "news/bài có dấu cách.txt": article("Bài một", "08/12/2021 10:00"),
      [`news/${nfd}.txt`]: article("Bài hai", "08/12/2021 11:00"),
      "news/CON.txt": article("Bài ba", "08/12/2021 12:00"),
      "news/nul.txt": article("!!!", "08/12/2021 13:00"),
      "news/goc.txt": article("Bài gốc", "08/12/2021 14:00"),
      "news/ban-sao.txt": article("Bài gốc", "08/12/2021 14:00"),
    });
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    const out = readOutput(root);
    for (const title of ["Bài một", "Bài hai", "Bài ba", "!!!", "Bài gốc"]) expect(pagesTitled(out, title), title).toHaveLength(1);
    expect(pagesTitled(out, "!!!")[0]).toBe("2021/12/08/nul-0/index.html"); // slug from the file name, never a device name
    expect(r.stderr).toMatch(/src\/news\/goc\.txt:1:1 {2}warning .*ban-sao\.txt.*\[duplicate-article\]/);
    expect(r.stdout).toContain("6 files read, 5 articles published");
  }, 60_000);

  it("names a pipe and a file too large to be an article instead of hanging or running out of memory", () => {
    const root = makeSite({ "news/a.txt": article("Bài thường", "08/12/2021 10:00") });
    execFileSync("mkfifo", [path.join(root, "src/news/pipe.txt")]);
    writeFileSync(path.join(root, "src/news/huge.txt"), Buffer.alloc(17 * 1024 * 1024, 0x61));
    const r = buildInChild(root);
    expect(r.stderr).toMatch(/src\/news\/pipe\.txt:1:1 {2}warning .*\[not-a-file\]/);
    expect(r.stderr).toMatch(/src\/news\/huge\.txt:1:1 {2}error .*17 MB.*\[file-too-large\]/);
    expect(r.stdout).toContain("2 files read, 1 articles published");
    expect(pagesTitled(readOutput(root), "Bài thường")).toHaveLength(1);
  }, 60_000);
});

describe("retractions", () => {
  it("removes a deleted article's page and an emptied day from a rebuilt output folder, and nothing the plugin did not write", () => {
    const root = makeSite({
      "news/a.txt": article("Bài giữ lại", "08/12/2021 10:00", { tags: ["Hà Nội"] }),
      "news/b.txt": article("Bài bị gỡ", "09/12/2021 10:00", { tags: ["Đà Nẵng"] }),
    });
    expect(buildInChild(root).status).toBe(0);
    const site = path.join(root, "_site");
    expect(existsSync(path.join(site, "2021/12/09/bai-bi-go/index.html"))).toBe(true);
    mkdirSync(path.join(site, "files"), { recursive: true });
    writeFileSync(path.join(site, "files/report.pdf"), "user's file");
    writeFileSync(path.join(site, "2021/12/09/note.html"), "user's page");
    rmSync(path.join(root, "src/news/b.txt"));
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(site, "2021/12/09/bai-bi-go"))).toBe(false);
    expect(existsSync(path.join(site, "2021/12/09/index.html"))).toBe(false);
    expect(existsSync(path.join(site, "tags/da-nang/index.html"))).toBe(false);
    expect(readFileSync(path.join(site, "files/report.pdf"), "utf8")).toBe("user's file");
    expect(readFileSync(path.join(site, "2021/12/09/note.html"), "utf8")).toBe("user's page");
    expect(readFileSync(path.join(site, "index.html"), "utf8")).not.toContain("Bài bị gỡ");
    expect(existsSync(path.join(site, "2021/12/08/bai-giu-lai/index.html"))).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(site, ".news-archive-manifest.json"), "utf8")) as { files: Record<string, string> };
    expect(manifest.files["2021/12/08/bai-giu-lai/index.html"]).toBe("/2021/12/08/bai-giu-lai/");
    expect(Object.keys(manifest.files).some((f) => f.includes("bai-bi-go"))).toBe(false);
  }, 90_000);
});
