/** Installing like an official Eleventy plugin: once however often it is added, a version check, and a named missing news folder. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

  it("names an empty news folder, with the option that sets it", () => {
    const root = makeSite({ "news/ghi-chu.md": "Không phải bài báo" });
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/src\/news:1:1 {2}warning {2}The news folder has no \.txt files.*`newsFolder`.*\[empty-news-folder\]/);
  }, 60_000);

  it("tells a Node.js that cannot require() ES modules how to load the plugin", () => {
    const cjs = fileURLToPath(new URL("../../dist/index.cjs", import.meta.url));
    // Node 20.19+ can require() an ES module; with that turned off it behaves as an older Node.
    const off = spawnSync(process.execPath, ["--no-experimental-require-module", "-e", `require(${JSON.stringify(cjs)})`], { encoding: "utf8" });
    expect(off.status).not.toBe(0);
    expect(off.stderr).toContain("Name your Eleventy config `eleventy.config.mjs`");
    const on = spawnSync(process.execPath, ["-e", `const p = require(${JSON.stringify(cjs)}); if (typeof p !== "function" || p.eleventyPackage !== "news-archive") process.exit(3)`], { encoding: "utf8" });
    expect(on.status, on.stderr).toBe(0);
  });

  it("says how to keep a site's own home page when it meets the archive's", () => {
    const root = makeSite({ "index.njk": "Trang chủ của tôi", "news/a.txt": article("Tin một", "Thứ tư, 08/12/2021 10:00") });
    const clash = buildInChild(root);
    expect(clash.status).not.toBe(0); // Eleventy's own duplicate-output error, after the plugin's explanation
    expect(clash.stderr).toContain("news-archive: your page ./src/index.njk and the archive both write /. Keep yours and move the archive's home page with the option `permalinks: { home: \"/tin-tuc/\" }`");
    const moved = buildInChild(root, {}, { permalinks: { home: "/tin-tuc/" } });
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stderr).not.toContain("both write");
    expect(readFileSync(path.join(root, "_site/index.html"), "utf8")).toContain("Trang chủ của tôi");
    expect(readFileSync(path.join(root, "_site/tin-tuc/index.html"), "utf8")).toContain("Tin một");
  }, 60_000);

  it("names a news folder that does not exist instead of building an empty archive in silence", () => {
    const root = makeSite({ "about.njk": "Trang riêng" });
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/src\/news:1:1 {2}warning {2}The news folder does not exist, so no article was read\..*\[missing-news-folder\]/);
    expect(r.stdout).toContain("0 files read");
  }, 60_000);
});
