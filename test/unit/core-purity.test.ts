import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("../../plugin/core/", import.meta.url);

describe("plugin/core stays pure", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  it.each(files)("%s imports no Eleventy, no file system, no environment, no clock", (name) => {
    const src = readFileSync(new URL(name, dir), "utf8");
    expect(src).not.toMatch(/from\s+["']@11ty\//);
    expect(src).not.toMatch(/from\s+["']node:(fs|fs\/promises|path|process|os)["']/);
    expect(src).not.toMatch(/process\.env|Date\.now\(|new Date\(\)|DateTime\.now\(|Settings\./);
  });
});
