import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StaleOutput } from "../../plugin/stale-output.ts";

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "stale-"));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), "x");
  }
  return root;
}

describe("StaleOutput", () => {
  it("removes only files the previous build wrote and this one did not", () => {
    const root = tree(["_site/a/index.html", "_site/b/index.html", "_site/user-file.pdf"]);
    const out = path.join(root, "_site");
    const p = (f: string) => ({ outputPath: path.join(out, f) });
    const stale = new StaleOutput();
    expect(stale.prune([p("a/index.html"), p("b/index.html")], out, "full")).toEqual([]);
    const removed = stale.prune([p("a/index.html"), { outputPath: false }], out, "full");
    expect(removed).toEqual([path.join(out, "b/index.html")]);
    expect(existsSync(path.join(out, "b/index.html"))).toBe(false);
    expect(existsSync(path.join(out, "a/index.html"))).toBe(true);
    expect(existsSync(path.join(out, "user-file.pdf"))).toBe(true);
  });

  it("prunes nothing after an --incremental build, and nothing outside the output folder", () => {
    const root = tree(["_site/a.html", "_site/b.html", "elsewhere.html"]);
    const out = path.join(root, "_site");
    const stale = new StaleOutput();
    stale.prune([{ outputPath: path.join(out, "a.html") }, { outputPath: path.join(out, "b.html") }, { outputPath: path.join(root, "elsewhere.html") }], out, "full");
    expect(stale.prune([{ outputPath: path.join(out, "a.html") }], out, "incremental")).toEqual([]);
    expect(existsSync(path.join(out, "b.html"))).toBe(true);
    expect(stale.prune([{ outputPath: path.join(out, "a.html") }], out, "full")).toEqual([path.join(out, "b.html")]);
    expect(existsSync(path.join(root, "elsewhere.html"))).toBe(true);
  });

  it("after a partial build removes only the pages known to be gone, and keeps the ones it skipped", () => {
    const root = tree(["_site/a/index.html", "_site/b/index.html", "_site/c/index.html"]);
    const out = path.join(root, "_site");
    const r = (f: string) => ({ url: `/${f.split("/")[0]}/`, outputPath: path.join(out, f) });
    const stale = new StaleOutput();
    stale.prune([r("a/index.html"), r("b/index.html"), r("c/index.html")], out, "full");
    // Only c changed, b was deleted, a was skipped.
    expect(stale.prune([r("c/index.html")], out, "partial", ["/b/"])).toEqual([path.join(out, "b/index.html")]);
    expect(existsSync(path.join(out, "a/index.html"))).toBe(true);
    // The next full build still knows a was written by this process.
    expect(stale.prune([r("c/index.html")], out, "full")).toEqual([path.join(out, "a/index.html")]);
  });
});
