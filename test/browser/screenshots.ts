/**
 * `npm run screenshots`: the README's pictures (docs/images/*.png) of the sample archive with the
 * default options: the home page, an article and a tag page, at desktop and phone width.
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
  const counts = [...tags.matchAll(/<a href="([^"]+)">[^<]*<\/a> <span class="count">(\d+)<\/span>/g)].map((m) => ({ url: m[1]!, count: Number(m[2]) }));
  const tag = counts.sort((a, b) => b.count - a.count)[0]!.url;
  const shots = { home: PREFIX, article, tag };

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
