import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../plugin/core/parse-article.ts";

/** What a copied page must give: the article's fields, and exactly the lines set aside, with their rules. */
interface Expected {
  title: string;
  date: string;
  source: string | null;
  lead: string;
  author?: string;
  removed: [line: number, ruleId: string, text: string][];
}

const dir = new URL("../fixtures/furniture/", import.meta.url);
const expected = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Record<string, Expected>;
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

describe("text copied from news pages (test/fixtures/furniture)", () => {
  it("has at least 40 fixtures, each with its expectations", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)("%s", (name) => {
    const want = expected[name]!;
    const { data, body, diagnostics } = parseArticle(readFileSync(new URL(name, dir)), `news/${name}`);
    expect({ title: data.title, date: data.date, source: data.source, lead: data.lead }).toEqual({
      title: want.title,
      date: want.date,
      source: want.source,
      lead: want.lead,
    });
    if (want.author !== undefined) expect(data.author).toBe(want.author);
    const setAside = diagnostics.filter((d) => d.ruleId.startsWith("furniture-"));
    expect(setAside.map((d) => [d.line, d.ruleId, d.actual])).toEqual(want.removed);
    expect(setAside.every((d) => d.severity === "info")).toBe(true);
    // Nothing set aside is still in the body, and nothing else went missing.
    const gone = new Set(want.removed.map(([, , text]) => text));
    expect(body.filter((b) => gone.has(b.text))).toEqual([]);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});
