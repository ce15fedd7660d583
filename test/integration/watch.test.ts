/**
 * The edit loop: while Eleventy watches, adding, changing and deleting a raw
 * file each reach `_site`, and a deleted article leaves its page and every
 * listing. Runs a real `eleventy --watch` in a child process.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSite } from "./helpers.ts";

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), "watch-cli.ts");

const article = (title: string, date: string, body: string) => `${title}\n${date}\n\n${body}\n\nTheo CAND\n`;

let root = "";
let child: ChildProcess | null = null;
let log = "";

async function until(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const site = (rel: string) => path.join(root, "_site", rel);
const read = (rel: string) => (existsSync(site(rel)) ? readFileSync(site(rel), "utf8") : "");

beforeAll(async () => {
  root = makeSite({
    "news/mot.txt": article("Bài thứ nhất về cầu mới", "Thứ tư, 08/12/2021 17:50", "Đoạn mở đầu của bài thứ nhất."),
    "news/hai.txt": article("Bài thứ hai về chợ phiên", "Thứ năm, 09/12/2021 08:00", "Đoạn mở đầu của bài thứ hai."),
  });
  child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), CLI], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (log += String(d)));
  child.stderr!.on("data", (d) => (log += String(d)));
  await until("the first build", () => log.includes("news-archive-test: watching"), 60_000);
}, 90_000);

afterAll(() => {
  child?.kill("SIGTERM");
});

describe("while watching", () => {
  it("built both articles first", () => {
    expect(read("2021/12/08/bai-thu-nhat-ve-cau-moi/index.html")).toContain("Bài thứ nhất về cầu mới");
    expect(read("2021/12/09/bai-thu-hai-ve-cho-phien/index.html")).toContain("Bài thứ hai về chợ phiên");
  });

  it("publishes a dropped-in file and lists it", async () => {
    writeFileSync(path.join(root, "src/news/ba.txt"), article("Bài thứ ba về lễ hội", "Thứ sáu, 10/12/2021 09:00", "Đoạn mở đầu của bài thứ ba."));
    await until("the new page", () => read("2021/12/10/bai-thu-ba-ve-le-hoi/index.html").includes("Bài thứ ba về lễ hội"));
    await until("the new page on the home page", () => read("index.html").includes("Bài thứ ba về lễ hội"));
    await until("its on-this-day page", () => existsSync(site("ngay-nay/12-10/index.html")));
    await until("the open data with it", () => read("data/articles.jsonl").includes("Bài thứ ba về lễ hội"));
  }, 40_000);

  it("serves an edit of an article's body", async () => {
    appendFileSync(path.join(root, "src/news/mot.txt"), "\n\nĐoạn sửa thử nghiệm mới.\n");
    await until("the edited body", () => read("2021/12/08/bai-thu-nhat-ve-cau-moi/index.html").includes("Đoạn sửa thử nghiệm mới."));
  }, 40_000);

  it("removes a deleted article's page, its empty day page and its listings", async () => {
    expect(read("2021/12/09/index.html")).toContain("Bài thứ hai về chợ phiên");
    expect(read("ngay-nay/12-09/index.html")).toContain("Bài thứ hai về chợ phiên");
    rmSync(path.join(root, "src/news/hai.txt"));
    await until("the page removed", () => !existsSync(site("2021/12/09/bai-thu-hai-ve-cho-phien/index.html")));
    await until("the day page removed", () => !existsSync(site("2021/12/09/index.html")));
    await until("the home page without it", () => !read("index.html").includes("Bài thứ hai về chợ phiên") && read("index.html").includes("Bài thứ ba về lễ hội"));
    expect(read("2021/12/index.html")).not.toContain("Bài thứ hai về chợ phiên");
    // Its on-this-day page went with it, and the open data no longer lists it.
    await until("the on-this-day page removed", () => !existsSync(site("ngay-nay/12-09/index.html")));
    await until("the open data without it", () => !read("data/articles.jsonl").includes("Bài thứ hai về chợ phiên"));
    // The other articles stay.
    expect(existsSync(site("2021/12/08/bai-thu-nhat-ve-cau-moi/index.html"))).toBe(true);
  }, 40_000);
});
