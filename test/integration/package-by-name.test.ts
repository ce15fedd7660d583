import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const site = fileURLToPath(new URL("../fixtures/plain-js-site/", import.meta.url));
const eleventyBin = fileURLToPath(new URL("../../node_modules/@11ty/eleventy/cmd.cjs", import.meta.url));

describe("the package used by name from a plain-JavaScript project", () => {
  let run: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    // The package's `exports` point at compiled JS, which the integration tests' global setup makes fresh.
    rmSync(`${site}_site`, { recursive: true, force: true });
    run = spawnSync(process.execPath, [eleventyBin, "--quiet"], { cwd: site, encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
  }, 120_000);

  it("resolves news-archive to dist/ with type declarations", () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
    expect(pkg.exports["."].default).toBe("./dist/index.js");
    expect(existsSync(`${root}dist/index.js`)).toBe(true);
    expect(existsSync(`${root}dist/index.d.ts`)).toBe(true);
  });

  it("builds the archive with the package's own layouts", () => {
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("[news-archive] 1 files read, 1 articles published, 0 undated, 0 warnings, 0 errors");
    const article = readFileSync(`${site}_site/2021/12/08/bao-dam-cong-tac-dang-cong-tac-chinh-tri-bam-sat-thuc-tien/index.html`, "utf8");
    expect(article).toContain('<html lang="en"');
    expect(article).toContain("Wednesday, 8 December 2021, 17:50");
    expect(readFileSync(`${site}_site/index.html`, "utf8")).toContain("Plain JS archive");
  });
});
