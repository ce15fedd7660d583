import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("../../plugin/core/", import.meta.url);

describe("plugin/core stays pure", () => {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  it("covers the subfolders too", () => expect(files).toContain("tags/derive-tags.ts"));
  it.each(files)("%s imports no Eleventy, no file system, no environment, no clock", (name) => {
    const src = readFileSync(new URL(name, dir), "utf8");
    expect(src).not.toMatch(/["']@11ty\//);
    expect(src).not.toMatch(/["'](node:)?(fs|fs\/promises|path|process|os|child_process)["']/);
    expect(src).not.toMatch(/\brequire\(/);
    expect(src).not.toMatch(/process\.env|Date\.now\(|new Date\(\)|DateTime\.now\(|Settings\./);
  });
});
