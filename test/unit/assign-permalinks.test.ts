import { describe, expect, it } from "vitest";
import { assignPermalinks, type PermalinkInput } from "../../plugin/core/assign-permalinks.ts";
import { checkPermalink, isEleventyKey } from "../../plugin/core/apply-front-matter.ts";

const patterns = { article: "/:year/:month/:day/:slug/", undatedArticle: "/undated/:slug/" };
const keys = { year: "2021", month: "12", day: "08" };
const input = (id: string, over: Partial<PermalinkInput> = {}): PermalinkInput => ({ id, file: `src/${id}`, slug: "tin", keys, epochMs: 1000, ...over });

describe("assignPermalinks", () => {
  it("gives the earliest article the bare slug and the others a hash of their own path", () => {
    const r = assignPermalinks([input("b.txt", { epochMs: 2000 }), input("a.txt", { epochMs: 3000 }), input("c.txt", { epochMs: 1000 })], patterns);
    expect(r.urls.get("c.txt")).toBe("/2021/12/08/tin/");
    expect(r.urls.get("b.txt")).toMatch(/^\/2021\/12\/08\/tin-[0-9a-z]{6}\/$/);
    expect(new Set(r.urls.values()).size).toBe(3);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(["slug-collision", "slug-collision"]);
  });

  it("lets a front-matter permalink win its URL over a derived one (regression: both got the same URL)", () => {
    const r = assignPermalinks([input("derived.txt", { epochMs: 0 }), input("pinned.txt", { permalink: "/2021/12/08/tin/", epochMs: 5000 })], patterns);
    expect(r.urls.get("pinned.txt")).toBe("/2021/12/08/tin/");
    expect(r.urls.get("derived.txt")).not.toBe("/2021/12/08/tin/");
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: "slug-collision", file: "src/derived.txt", severity: "warning" })]);
  });

  it("reports two front-matter permalinks asking for one URL as an error and keeps both pages", () => {
    const r = assignPermalinks([input("a.txt", { permalink: "/gioi-thieu.html" }), input("b.txt", { permalink: "/gioi-thieu.html", epochMs: 9000 })], patterns);
    expect(r.urls.get("a.txt")).toBe("/gioi-thieu.html");
    expect(r.urls.get("b.txt")).toMatch(/^\/gioi-thieu-[0-9a-z]{6}\.html$/);
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: "permalink-collision", severity: "error", file: "src/b.txt" })]);
  });

  it("puts undated articles under the undated pattern", () => {
    expect(assignPermalinks([input("u.txt", { keys: null, epochMs: null })], patterns).urls.get("u.txt")).toBe("/undated/tin/");
  });
});

describe("checkPermalink (front matter)", () => {
  it("accepts paths inside the site, one spelling per page", () => {
    expect(checkPermalink("/tin/cau-moi/")).toEqual({ url: "/tin/cau-moi/" });
    expect(checkPermalink("tin/cau-moi.html")).toEqual({ url: "/tin/cau-moi.html" });
    expect(checkPermalink("/index.html")).toEqual({ url: "/" });
    expect(checkPermalink("/tin/index.html")).toEqual({ url: "/tin/" });
    expect(checkPermalink("/tin-tức/")).toEqual({ url: "/tin-tức/" });
  });

  it("refuses what leaves the site or is not a page path", () => {
    for (const bad of ["../../../etc/passwd", "/a/../../b/", "https://example.com/", "//cdn.example/x/", "/a b/", "/a?x=1/", "/a\\b/", "/feed.xml", "", "/a//b/", "/./a/"]) {
      expect(checkPermalink(bad), bad).toHaveProperty("reason");
    }
  });

  it("knows Eleventy's keys, every eleventy… key included", () => {
    expect(["layout", "permalink", "title", "tags"].filter(isEleventyKey)).toEqual([]);
    expect(["pagination", "eleventyComputed", "eleventyFuture", "permalinkBypassOutputDir", "page"].every(isEleventyKey)).toBe(true);
  });
});
