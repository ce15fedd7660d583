/**
 * `npm run screenshots`: the README's pictures (docs/images/*.png) of the sample archive with the
 * default options: the home page, an article, a tag page, a year's calendar and an on-this-day
 * page, at desktop and phone width.
 * Run it after a change to the layouts or the stylesheet, look at the images, commit them when
 * they changed materially.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildSample, findChromium, launchChromium, REPO, serveStatic, watch } from "./harness.ts";
import { readSite } from "./site-files.ts";

const PREFIX = "/archive/";
const OUT = path.join(REPO, "docs/images");
const WIDTHS = { desktop: { width: 1280, height: 800, deviceScaleFactor: 1 }, phone: { width: 390, height: 844, deviceScaleFactor: 2 } };

const executablePath = findChromium();
if (!executablePath) throw new Error("no Chromium at /usr/bin/chromium (or CHROMIUM_PATH): apt-get install chromium");

const build = buildSample(PREFIX);
const site = readSite(build.dir, PREFIX);
const server = await serveStatic(build.dir, PREFIX);
const browser = await launchChromium(executablePath);
try {
  // The article of the README's raw-text example, and the tag with the most articles.
  const article = [...site.pages.keys()].find((u) => u.includes("/bao-dam-cong-tac-dang-")) ?? [...site.pages.keys()].find((u) => /\/\d{2}\/\d{2}\/[^/]+\/$/.test(u))!;
  const tags = site.pages.get(`${PREFIX}tags/`)!;
  const counts = [...tags.matchAll(/<a href="([^"]+)">[^<]*<\/a> <span class="count">(\d+)<\/span>/g)].map((m) => ({ url: m[1]!, count: Number(m[2]) })).filter((c) => !c.url.includes("/tags/letter/"));
  const tag = counts.sort((a, b) => b.count - a.count)[0]!.url;
  // The year with the most articles, and the on-this-day page with the most years.
  const years = [...site.pages.get(`${PREFIX}years/`)!.matchAll(/<li><a href="([^"]+)">\d{4}<\/a> <span class="count">(\d+)<\/span>/g)].map((m) => ({ url: m[1]!, count: Number(m[2]) }));
  const year = years.sort((a, b) => b.count - a.count)[0]!.url;
  const days = [...site.pages.get(`${PREFIX}ngay-nay/`)!.matchAll(/<a href="([^"]+)">[^<]*<\/a> <span class="count">\d+ bài, (\d+) năm<\/span>/g)].map((m) => ({ url: m[1]!, years: Number(m[2]) }));
  const onThisDay = days.sort((a, b) => b.years - a.years)[0]!.url;
  const shots = { home: PREFIX, article, tag, year, "on-this-day": onThisDay };

  mkdirSync(OUT, { recursive: true });
  for (const [device, { width, height, deviceScaleFactor }] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, isMobile: device === "phone" });
    const seen = await watch(context, server.origin);
    const page = await context.newPage();
    for (const [name, url] of Object.entries(shots)) {
      await page.goto(server.origin + url);
      const file = path.join(OUT, `${name}-${device}.png`);
      await page.screenshot({ path: file });
      console.log(`${path.relative(REPO, file)}  ${url}`);
    }
    if (seen.errors.length) throw new Error(`console errors:\n${seen.errors.join("\n")}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(build.dir, { recursive: true, force: true });
}
