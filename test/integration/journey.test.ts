/**
 * A new user's journey, as the README tells it: pack this package, install
 * it into a brand-new `npm init -y` project (CommonJS, as npm writes it),
 * write the README's config, check the batch, build. Real npm, real
 * Eleventy, no shortcut through this repository's sources.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { article } from "./helpers.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const eleventyVersion = (JSON.parse(readFileSync(path.join(repo, "node_modules/@11ty/eleventy/package.json"), "utf8")) as { version: string }).version;

/** The config of the README's "Add it to your own Eleventy site", added twice (as when another plugin adds it too). */
function readmeConfig(): string {
  const readme = readFileSync(path.join(repo, "README.md"), "utf8");
  const block = /<!-- install-config -->\s*```js\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error("README.md has no config block marked <!-- install-config -->");
  return block[1]!.replace(/^(\s*)(eleventyConfig\.addPlugin\(newsArchive.*)$/m, "$1$2\n$1$2");
}

function sh(cwd: string, cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, TZ: "UTC", npm_config_yes: "true" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function builtArticles(site: string): string[] {
  return (readdirSync(path.join(site, "_site"), { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f))
    .map((f) => `/${f.replace(/index\.html$/, "")}`)
    .sort();
}

describe("a new user installs the package into a fresh Eleventy site", () => {
  let site: string;
  let empty: ReturnType<typeof sh>;
  let build: ReturnType<typeof sh>;
  let inspected: ReturnType<typeof sh>;

  beforeAll(() => {
    const work = mkdtempSync(path.join(os.tmpdir(), "news-archive-journey-"));
    // The global setup compiled the plugin (as `prepare` does on a publish); pack it without compiling again.
    const tarball = execFileSync(npm, ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], { cwd: repo, encoding: "utf8" }).trim().split("\n").pop()!;
    site = path.join(work, "site");
    mkdirSync(site);
    execFileSync(npm, ["init", "-y"], { cwd: site, stdio: "ignore" });
    execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", `@11ty/eleventy@${eleventyVersion}`, path.join(work, tarball)], { cwd: site, stdio: "ignore" });
    writeFileSync(path.join(site, "eleventy.config.mjs"), readmeConfig());
    empty = sh(site, "npx", ["eleventy"]);
    mkdirSync(path.join(site, "news"));
    for (let i = 1; i <= 20; i++) {
      const day = String(i).padStart(2, "0");
      writeFileSync(path.join(site, "news", `bai-${day}.txt`), article(`Tin số ${i} của kho lưu trữ`, `${day}/03/2024 08:30`, { source: "CAND" }));
    }
    inspected = sh(site, "npx", ["news-archive", "inspect", "--json"]);
    build = sh(site, "npx", ["eleventy"]);
  }, 300_000);

  it("installs no Eleventy of its own and is a CommonJS project, as npm init writes it", () => {
    const pkg = JSON.parse(readFileSync(path.join(site, "package.json"), "utf8")) as { type: string };
    expect(pkg.type).toBe("commonjs");
    expect(() => readdirSync(path.join(site, "node_modules/news-archive/node_modules/@11ty/eleventy"))).toThrow();
  });

  it("names the missing news folder before any file is there", () => {
    expect(empty.status, empty.stderr).toBe(0);
    expect(empty.stderr).toMatch(/news:1:1 {2}warning {2}The news folder does not exist.*\[missing-news-folder\]/);
  });

  it("builds the 20 articles once each, with the plugin added twice", () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toContain("[news-archive] 20 files read, 20 articles published, 0 undated, 0 warnings, 0 errors");
    expect(builtArticles(site)).toHaveLength(20);
  });

  it("inspect gives the URLs of the built pages", () => {
    expect(inspected.status, inspected.stderr).toBe(0);
    const urls = (JSON.parse(inspected.stdout) as { url: string }[]).map((e) => e.url).sort();
    expect(urls).toEqual(builtArticles(site));
  });

  it("works from a CommonJS config with require()", () => {
    writeFileSync(
      path.join(site, "eleventy.config.cjs"),
      'const newsArchive = require("news-archive");\nmodule.exports = function (eleventyConfig) {\n  eleventyConfig.addPlugin(newsArchive, { search: false });\n};\n',
    );
    const r = sh(site, "npx", ["eleventy", "--config=eleventy.config.cjs", "--output=_site-cjs"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("20 articles published");
  });

  it("answers --version and --help", () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as { version: string };
    expect(sh(site, "npx", ["news-archive", "--version"]).stdout.trim()).toBe(`news-archive ${pkg.version}`);
    const help = sh(site, "npx", ["news-archive", "inspect", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: news-archive inspect");
  });
});
