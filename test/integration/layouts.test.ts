import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyLayouts } from "../../plugin/cli/layouts.ts";
import { article, buildSite, makeSite } from "./helpers.ts";

const files = { "news/a.txt": article("Bài một", "08/12/2021 10:00") };
const errorText = (error: unknown) => {
  const messages: string[] = [];
  for (let e = error as { message?: string; cause?: unknown; originalError?: unknown } | undefined; e; e = (e.originalError ?? e.cause) as typeof e) messages.push(e.message ?? "");
  return messages.join("\n");
};

describe("layouts", () => {
  it("serves the plugin's layouts when the project has none (includes inside the input folder)", async () => {
    const pages = await buildSite(makeSite(files));
    expect(pages.get("/2021/12/08/bai-mot/")!.content).toContain("<h1");
  }, 60_000);

  it("lets a project's own layout of the same name win", async () => {
    const root = makeSite({ ...files, "_includes/news-archive/article.njk": "<p>MY OWN {{ title }} / {{ newsView.data.slug }}</p>" });
    const pages = await buildSite(root);
    expect(pages.get("/2021/12/08/bai-mot/")!.content).toBe("<p>MY OWN Bài một / bai-mot</p>");
    expect(pages.get("/")!.content).toContain("Bài một"); // other layouts still the plugin's
  }, 60_000);

  it("names the fix when the includes folder is outside the input folder and has no layouts", async () => {
    const error = await buildSite(makeSite(files), {}, { includes: "../_includes" }).catch((e: unknown) => e);
    expect(errorText(error)).toMatch(/includes folder .*_includes is outside the input folder.*npx news-archive layouts/);
  }, 60_000);

  it("copies the layouts with `news-archive layouts`, never overwriting, and then builds", async () => {
    const root = makeSite(files);
    const target = path.join(root, "_includes");
    mkdirSync(path.join(target, "news-archive"), { recursive: true });
    writeFileSync(path.join(target, "news-archive", "tags.njk"), "mine");
    const { copied, kept } = copyLayouts(target);
    expect(copied.map((f) => path.relative(target, f))).toContain(path.join("news-archive", "article.njk"));
    expect(copied.map((f) => path.relative(target, f))).toContain(path.join("news-archive", "partials", "pager.njk"));
    expect(kept).toEqual([path.join(target, "news-archive", "tags.njk")]);
    expect(readFileSync(path.join(target, "news-archive", "tags.njk"), "utf8")).toBe("mine");
    expect(existsSync(path.join(target, "news-archive", "style.css"))).toBe(true);
    const pages = await buildSite(root, {}, { includes: "../_includes" });
    expect(pages.get("/2021/12/08/bai-mot/")!.content).toContain("Bài một");
  }, 60_000);
});
