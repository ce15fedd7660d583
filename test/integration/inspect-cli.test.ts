import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runInspect } from "../../plugin/cli/inspect.ts";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = "test/fixtures/inspect";

/** Files checked on their own with the default options (this repository's own project is not read). */
async function capture(args: string[]) {
  let out = "";
  let err = "";
  const code = await runInspect(["--no-config", ...args], { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

describe("news-archive inspect", () => {
  it("prints its usage for --help and exits 0", async () => {
    let out = "";
    const code = await runInspect(["--help"], { write: (t: string) => (out += t) }, { write: () => true }, "Usage: news-archive inspect …");
    expect(code).toBe(0);
    expect(out).toContain("Usage: news-archive inspect");
  });

  it("prints one JSON array with ISO dates or null, and diagnostics", async () => {
    const { out, code, err } = (await capture([fixtures, "--json", "--min-articles", "1"]));
    const entries = JSON.parse(out) as { file: string; data: Record<string, unknown>; diagnostics: { ruleId: string; line: number }[] }[];
    expect(entries.map((e) => e.file.replace(/\\/g, "/"))).toEqual([
      `${fixtures}/invalid-date.txt`,
      `${fixtures}/sample.txt`,
      `${fixtures}/undated.txt`,
    ]);
    const [invalid, sample, undated] = entries;
    expect(sample!.data).toMatchObject({ title: "Bảo đảm công tác Đảng, công tác chính trị bám sát thực tiễn", date: "2021-12-08T17:50:00+07:00", source: "CAND", author: null });
    expect(sample!.data.tags).toEqual(expect.arrayContaining(["Trần Quốc Tỏ", "Bộ Công an", "Công an nhân dân", "COVID-19"]));
    expect(Object.keys(sample!.data)).toEqual(expect.arrayContaining(["title", "date", "source", "author", "lead", "tags", "slug"]));
    expect(undated!.data.date).toBeNull();
    expect(undated!.diagnostics.map((d) => d.ruleId)).toEqual(["missing-date-line"]);
    expect(invalid!.diagnostics).toEqual([expect.objectContaining({ ruleId: "invalid-date", line: 3 })]);
    expect(code).toBe(1);
    expect(err).toContain("3 files, 1 errors, 1 warnings");
  });

  it("prints YAML front matter followed by file:line:col diagnostics", async () => {
    const { out } = (await capture([fixtures]));
    expect(out).toContain("title: Bảo đảm công tác Đảng, công tác chính trị bám sát thực tiễn\ndate: 2021-12-08T17:50:00+07:00");
    expect(out).toMatch(/invalid-date\.txt:3:1 {2}error {2}.*\[invalid-date\]/);
    expect(out).toContain("captions: 2");
  });

  it("explains why each tag was chosen, or dropped for tags.minArticles over the files inspected", async () => {
    const { out } = (await capture(["--explain", "--min-articles", "1", `${fixtures}/sample.txt`]));
    expect(out).toMatch(/# tag Trần Quốc Tỏ: person, 6 mentions/);
    const json = JSON.parse((await capture(["--explain", "--json", "--min-articles", "1", `${fixtures}/sample.txt`])).out);
    expect(json[0].tagReasons[0]).toMatchObject({ tag: "Công an nhân dân", from: "taxonomy" });
    // By default a derived tag needs two of the inspected files, as a build needs two articles.
    const dropped = (await capture(["--explain", `${fixtures}/sample.txt`])).out;
    expect(dropped).toMatch(/# tag Trần Quốc Tỏ: dropped: on 1 of the 1 files checked, and tags.minArticles is 2; found as person, 6 mentions/);
    const asJson = JSON.parse((await capture(["--explain", "--json", `${fixtures}/sample.txt`])).out)[0];
    expect(asJson.data.tags).toEqual([]);
    expect(asJson.droppedTags).toEqual(expect.arrayContaining(["Trần Quốc Tỏ", "Bộ Công an"]));
    // Two articles with the same tags (a copy with one more line): every tag is on two files, so all are kept.
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), "inspect-")), "copy.txt");
    writeFileSync(copy, `${readFileSync(`${fixtures}/sample.txt`, "utf8")}\n\nĐoạn thêm.\n`);
    const twice = JSON.parse((await capture(["--json", `${fixtures}/sample.txt`, copy])).out);
    expect(twice[0].data.tags).toEqual(expect.arrayContaining(["Trần Quốc Tỏ", "Bộ Công an", "Công an nhân dân", "COVID-19"]));
  });

  it("derives no tags with --tags off and only the editor's with --tags explicit", async () => {
    expect(JSON.parse((await capture(["--json", "--tags", "off", `${fixtures}/sample.txt`])).out)[0].data.tags).toEqual([]);
    expect(JSON.parse((await capture(["--json", "--tags", "explicit", `${fixtures}/sample.txt`])).out)[0].data.tags).toEqual([]);
    const keywords = "test/fixtures/raw/with-keywords.txt";
    expect(JSON.parse((await capture(["--json", "--tags", "explicit", keywords])).out)[0].data.tags).toEqual(["Giao thông", "Xe buýt"]);
    expect(JSON.parse((await capture(["--json", "--tags", "off", keywords])).out)[0].data.tags).toEqual([]);
  });

  it("exits 0 when no file has an error", async () => {
    expect((await capture([`${fixtures}/sample.txt`])).code).toBe(0);
  });

  it("rejects an unknown time zone with a message naming it", async () => {
    await expect(capture(["--zone", "Mars/Olympus", fixtures])).rejects.toThrow(/Mars\/Olympus/);
  });

  it("runs as the package's command", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "plugin/cli/news-archive.ts", "inspect", "--json", `${fixtures}/sample.txt`], { cwd: root });
    expect(JSON.parse(stdout)[0].data.slug).toBe("bao-dam-cong-tac-dang-cong-tac-chinh-tri-bam-sat-thuc-tien");
  });
});
