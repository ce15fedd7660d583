/** Installing like an official Eleventy plugin: once however often it is added, a version check, and a named missing news folder. */
import { readFileSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import newsArchive from "../../plugin/index.ts";
import { ELEVENTY_COMPATIBILITY } from "../../plugin/news-archive.ts";
import { article, buildInChild, makeSite } from "./helpers.ts";

describe("installing the plugin", () => {
  it("registers once when added twice, and every page is built once", async () => {
    const root = makeSite({ "news/a.txt": article("Tin một", "Thứ tư, 08/12/2021 10:00", { tags: ["Hà Nội"] }) });
    const previous = process.cwd();
    process.chdir(path.dirname(root));
    try {
      const elev = new Eleventy(`${path.basename(root)}/src`, `${path.basename(root)}/_site`, {
        quietMode: true,
        configPath: false,
        config(config: { addPlugin(p: unknown, o?: object): void }) {
          config.addPlugin(newsArchive, { printWarnings: false });
          config.addPlugin(newsArchive, { printWarnings: false, pageSize: 3 });
        },
      });
      const pages = await elev.toJSON();
      const urls = pages.map((p) => p.url).filter((u): u is string => typeof u === "string");
      expect(urls).toContain("/2021/12/08/tin-mot/");
      expect(urls.length).toBe(new Set(urls).size);
    } finally {
      process.chdir(previous);
    }
  }, 60_000);

  it("declares the Eleventy versions it checks", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { "11ty": { compatibility: string } };
    expect(pkg["11ty"].compatibility).toBe(ELEVENTY_COMPATIBILITY);
  });

  it("names a news folder that does not exist instead of building an empty archive in silence", () => {
    const root = makeSite({ "about.njk": "Trang riêng" });
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/src\/news:1:1 {2}warning {2}The news folder does not exist, so no article was read\..*\[missing-news-folder\]/);
    expect(r.stdout).toContain("0 files read");
  }, 60_000);
});
