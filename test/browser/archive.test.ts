/**
 * What a person sees: the sample archive built once under /archive/, checked as files (HTML
 * validity, lang, links, reachability) and in Debian's Chromium through playwright-core
 * (navigation, 404, phone width, dark mode, accessibility, console errors, network).
 */
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AxeResults } from "axe-core";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uiStrings } from "../../plugin/i18n.ts";
import { resolveOptions, type UserOptions } from "../../plugin/options.ts";
import { buildSample, findChromium, launchChromium, REPO, serveStatic, watch, type PageProblems, type SampleBuild, type StaticServer } from "./harness.ts";
import { articleUrls, brokenLinks, htmlLang, linksOf, readSite, reachableFrom, type BuiltSite } from "./site-files.ts";

const PREFIX = "/archive/";
// Small pages so that list pages paginate and the home page does not list every article
// (reachability must then go through the indexes). The defaults stay untouched.
const OPTIONS: UserOptions = { pageSize: 2, homeSize: 3 };
const resolved = resolveOptions(OPTIONS);
const t = uiStrings(resolved.locale);

let build: SampleBuild;
let site: BuiltSite;

beforeAll(() => {
  build = buildSample(PREFIX, OPTIONS);
  site = readSite(build.dir, PREFIX);
});
afterAll(() => {
  if (build) rmSync(build.dir, { recursive: true, force: true });
});

/** One URL of each kind of page, chosen from the build (default permalink patterns). */
function pagesOfEveryKind(): Record<string, string> {
  const urls = [...site.pages.keys()].sort();
  const first = (kind: string, re: RegExp) => {
    const found = urls.find((u) => re.test(u.slice(PREFIX.length)));
    if (!found) throw new Error(`no ${kind} page in the build`);
    return found;
  };
  return {
    home: PREFIX,
    years: first("years", /^years\/$/),
    year: first("year", /^\d{4}\/$/),
    month: first("month", /^\d{4}\/\d{2}\/$/),
    day: first("day", /^\d{4}\/\d{2}\/\d{2}\/$/),
    article: articleUrls(site).sort()[0]!,
    tags: first("tags", /^tags\/$/),
    tag: first("tag", /^tags\/(?!letter\/)[^/]+\/$/),
    tagLetter: first("tagLetter", /^tags\/letter\/[^/]+\/$/),
    sources: first("sources", /^sources\/$/),
    source: first("source", /^sources\/[^/]+\/$/),
    authors: first("authors", /^authors\/$/),
    author: first("author", /^authors\/[^/]+\/$/),
    latest: first("latest", /^latest\/$/),
    undated: first("undated", /^undated\/$/),
    onThisDay: first("onThisDay", /^ngay-nay\/\d{2}-\d{2}\/$/),
    onThisDayIndex: first("onThisDayIndex", /^ngay-nay\/$/),
    data: first("data", /^data\/$/),
    notFound: `${PREFIX}khong-co-trang-nay/`, // served with the archive's 404 page
    search: `${PREFIX}tim-kiem/?q=cong+tac+dang`, // with its results, filled in by the page's script
  };
}

describe("the built sample archive (files)", () => {
  it("has valid HTML on every page (html-validate, .htmlvalidate.mjs)", async () => {
    const config = ((await import(pathToFileURL(path.join(REPO, ".htmlvalidate.mjs")).href)) as { default: ConfigData }).default;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const errors: string[] = [];
    for (const [url, html] of site.pages) {
      const report = await validator.validateString(html, url);
      for (const result of report.results)
        for (const m of result.messages) if (m.severity === 2) errors.push(`${url}:${m.line}:${m.column}  ${m.message}  [${m.ruleId}]`);
    }
    expect(site.pages.size).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });

  it(`sets <html lang> to the configured locale ("${resolved.locale}") on every page`, () => {
    const wrong = [...site.pages].filter(([, html]) => htmlLang(html) !== resolved.locale).map(([url, html]) => `${url}: lang=${htmlLang(html)}`);
    expect(wrong).toEqual([]);
  });

  it("has no broken internal link on any page, under the path prefix", () => {
    expect(brokenLinks(site).map((b) => `${b.from} → ${b.href}: ${b.why}`)).toEqual([]);
  });

  it("links only to pages under the prefix, never to the site root", () => {
    const outside = [...site.pages].flatMap(([url, html]) => linksOf(html).filter((h) => h.startsWith("/") && !h.startsWith(PREFIX)).map((h) => `${url} → ${h}`));
    expect(outside).toEqual([]);
  });

  it("reaches every published article by links from the home page", () => {
    const published = Number(/(\d+) articles published/.exec(build.summary)?.[1]);
    const articles = articleUrls(site);
    expect(articles).toHaveLength(published);
    const reachable = reachableFrom(site, PREFIX);
    expect(articles.filter((u) => !reachable.has(u))).toEqual([]);
    // and the home page does not simply list them all: the crawl went through the indexes
    expect(articles.filter((u) => linksOf(site.pages.get(PREFIX)!).includes(u)).length).toBeLessThan(articles.length);
  });
});

const chromiumPath = findChromium();
const inCI = Boolean(process.env.CI) && process.env.CI !== "false";
if (!chromiumPath && !inCI) {
  console.warn(
    [
      "",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "!! BROWSER TESTS SKIPPED: no Chromium at /usr/bin/chromium and no CHROMIUM_PATH.",
      "!! Install it with `apt-get install chromium` (never a downloaded browser).",
      "!! In CI (CI=true) a missing browser fails the run instead.",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "",
    ].join("\n"),
  );
}

describe.skipIf(!chromiumPath && !inCI)("the sample archive in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  const contexts: { context: BrowserContext; seen: PageProblems }[] = [];

  beforeAll(async () => {
    if (!chromiumPath) return; // only with CI set: every test below then fails, none is skipped
    server = await serveStatic(build.dir, PREFIX);
    browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  function requireBrowser(): void {
    if (!browser) throw new Error("CI is set but there is no Chromium at /usr/bin/chromium (or CHROMIUM_PATH): install Debian's chromium package; browser tests never skip in CI");
  }

  async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    requireBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    contexts.push({ context, seen: await watch(context, server.origin) });
    return context.newPage();
  }
  const at = (url: string) => server.origin + url;

  /** Follow the visible link to `href` on the current page, as a reader would click it. */
  async function follow(page: Page, href: string, scope = "body"): Promise<void> {
    const link = page.locator(`${scope} a[href="${href}"]`).first();
    await expect(link.isVisible(), `a visible link to ${href} on ${page.url()}`).resolves.toBe(true);
    await link.click();
    await page.waitForURL(at(href));
  }

  async function heading(page: Page): Promise<string> {
    return ((await page.locator("h1").textContent()) ?? "").replace(/\s+/g, " ").trim();
  }

  it("walks home → year → month → day → article → tag → tag page 2 → source → home", async () => {
    // An article with a tag that has a second page, found in the build.
    const tagPage2 = [...site.pages.keys()].find((u) => /^\/archive\/tags\/[^/]+\/page\/2\/$/.test(u));
    if (!tagPage2) throw new Error("no tag has a second page in the test build; lower pageSize");
    const tagUrl = tagPage2.replace(/page\/2\/$/, "");
    const article = linksOf(site.pages.get(tagUrl)!).find((h) => /^\/archive\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(h))!;
    const [, year, month, day] = /^\/archive\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(article)!;

    const page = await newPage();
    const response = await page.goto(at(PREFIX));
    expect(response?.status()).toBe(200);
    expect(await heading(page)).toBe(t.latest);

    await follow(page, `${PREFIX}${year}/`, "main");
    expect(await heading(page)).toContain(year);
    await follow(page, `${PREFIX}${year}/${month}/`, "main");
    await follow(page, `${PREFIX}${year}/${month}/${day}/`, "main");
    // A busy day paginates: page on until the article is listed.
    while (!(await page.locator(`main a[href="${article}"]`).count())) await follow(page, (await page.locator('.news-pager a[rel="next"]').getAttribute("href"))!, "main");
    await follow(page, article, "main");
    const title = ((await page.locator("article h1").textContent()) ?? "").trim();
    expect(title.length).toBeGreaterThan(0);
    expect(await page.title()).toContain(title);
    await expect(page.locator("article time").first().getAttribute("datetime")).resolves.toMatch(new RegExp(`^${year}-${month}-${day}T`));

    await follow(page, tagUrl, ".news-tags");
    expect(await page.locator(".news-pager").textContent()).toContain(`${t.page} 1 ${t.of}`);
    await follow(page, tagPage2, ".news-pager");
    expect(await page.locator(".news-pager").textContent()).toContain(`${t.page} 2 ${t.of}`);
    expect(await page.locator("main .news-list li").count()).toBeGreaterThan(0);

    await follow(page, `${PREFIX}sources/`, ".site-header");
    const source = (await page.locator("main .news-sources a").first().getAttribute("href"))!;
    await follow(page, source, "main");
    expect(await page.locator("main .news-list li").count()).toBeGreaterThan(0);

    await follow(page, PREFIX, ".site-header");
    expect(await heading(page)).toBe(t.latest);
  });

  it("walks a year's calendar → a day with articles → an article → its Cite block", async () => {
    const page = await newPage();
    await page.goto(at(pagesOfEveryKind().year!));
    const day = page.locator(".news-calendar td a").first();
    const href = (await day.getAttribute("href"))!;
    const label = ((await day.locator(".visually-hidden").textContent()) ?? "").trim();
    const count = Number(new RegExp(`: (\\d+) ${t.articles}$`).exec(label)![1]);
    expect(count).toBeGreaterThan(0);
    expect(await day.locator(".n").textContent()).toBe(String(count)); // the count is written, not only shaded
    await follow(page, href, ".news-calendar");
    expect(await heading(page)).toContain(`(${count} ${t.articles})`);
    const article = (await page.locator("main .news-list li > a").first().getAttribute("href"))!;
    await follow(page, article, "main .news-list");
    const title = ((await page.locator("article h1").textContent()) ?? "").trim();
    const cite = page.locator(".news-cite");
    await expect(cite.isVisible()).resolves.toBe(true);
    expect(await cite.locator("h2").textContent()).toBe(t.cite);
    expect(await cite.locator(".news-cite-text").textContent()).toContain(`“${title}”`);
    expect(await cite.locator(".news-cite-text").textContent()).toContain(t.citeAccessed);
    expect(await page.locator('meta[name="citation_title"]').getAttribute("content")).toBe(title);
    expect(await page.locator('meta[name="citation_publication_date"]').getAttribute("content")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    await follow(page, await cite.locator("a").getAttribute("href") as string, ".news-cite");
    expect(((await page.locator("article h1").textContent()) ?? "").trim()).toBe(title);
  });

  it("links the home page to today's on-this-day page when today has one, else to their index", async () => {
    // 8 December (the sample's first article) in Hà Nội, then a day the sample has nothing on.
    const page = await newPage();
    await page.clock.setFixedTime(new Date("2030-12-08T09:00:00+07:00"));
    await page.goto(at(PREFIX));
    await follow(page, `${PREFIX}ngay-nay/12-08/`, ".news-browse");
    expect(await heading(page)).toMatch(/^Ngày 8 tháng 12 \(\d+ bài\)$/);
    expect(await page.locator("main h2 a").first().getAttribute("href")).toMatch(/^\/archive\/\d{4}\/12\/08\/$/);
    const days = (await page.goto(at(PREFIX)), (await page.locator("#news-on-this-day").getAttribute("data-days"))!.split(" "));
    const empty = ["01-01", "06-15", "07-04", "09-30"].find((k) => !days.includes(k))!;
    const other = await newPage();
    await other.clock.setFixedTime(new Date(`2030-${empty}T09:00:00+07:00`));
    await other.goto(at(PREFIX));
    expect(await other.locator("#news-on-this-day").getAttribute("href")).toBe(`${PREFIX}ngay-nay/`);
    const noJs = await newPage({ javaScriptEnabled: false });
    await noJs.goto(at(PREFIX));
    await follow(noJs, `${PREFIX}ngay-nay/`, ".news-browse");
    expect(await heading(noJs)).toBe(t.onThisDay);
  });

  /**
   * A chain the next walk can follow, found in the build: an article X whose day D' has a previous
   * non-empty day D, on which an article Y lists a related article Z that has an author page.
   */
  function relatedChain(): { x: string; dayOfX: string; prevDay: string; y: string; z: string; author: string } {
    const href = (html: string, re: RegExp) => re.exec(html)?.[1] ?? null;
    for (const x of articleUrls(site).sort()) {
      const dayOfX = href(site.pages.get(x)!, /<p class="news-meta"><span><a href="([^"]+)"><time/);
      if (!dayOfX) continue;
      const prevDay = href(site.pages.get(dayOfX)!, /<a class="news-datenav-prev" href="([^"]+)"/);
      if (!prevDay) continue;
      const onPrev = linksOf(site.pages.get(prevDay)!.split('<ol class="news-list">')[1] ?? "").filter((h) => articleUrls(site).includes(h));
      for (const y of onPrev) {
        const related = site.pages.get(y)!.match(/<section class="news-related"[\s\S]*?<\/section>/)?.[0] ?? "";
        for (const z of linksOf(related)) {
          const author = href(site.pages.get(z) ?? "", /<a href="([^"]+)" rel="author">/);
          if (author) return { x, dayOfX, prevDay, y, z, author };
        }
      }
    }
    throw new Error("the sample archive has no article → day → previous day → related article → author chain");
  }

  it("walks article → its day → the previous day → a related article → its author → the author's feed", async () => {
    const chain = relatedChain();
    const page = await newPage();
    await page.goto(at(chain.x));
    await follow(page, chain.dayOfX, ".news-meta");
    expect(await page.locator(".news-trail").textContent()).toBeTruthy();
    await follow(page, chain.prevDay, ".news-datenav");
    await page.locator(`main a[href="${chain.y}"]`).first().click();
    await page.waitForURL(at(chain.y));
    await follow(page, chain.z, ".news-related");
    await follow(page, chain.author, ".news-meta");
    expect(await heading(page)).toMatch(new RegExp(`\\(\\d+ ${t.articles}\\)$`));
    const feed = (await page.locator(`main .news-feeds a[type="application/atom+xml"]`).getAttribute("href"))!;
    expect(feed).toBe(`${chain.author}feed.xml`);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toBe(feed);
    const response = await page.request.get(at(feed));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${feed}"/>`);
  });

  describe("search", () => {
    const SAMPLE = "Bảo đảm công tác Đảng, công tác chính trị bám sát thực tiễn";
    const results = (page: Page) => page.locator(".news-search-results li > a");

    for (const query of ["bao dam cong tac dang", "tran quoc to", "Bảo đảm công tác Đảng"]) {
      it(`finds the sample article from the header box for "${query}"`, async () => {
        const page = await newPage();
        await page.goto(at(PREFIX));
        await page.fill("#site-search-q", query);
        await page.press("#site-search-q", "Enter");
        await page.waitForURL((u) => u.pathname === `${PREFIX}tim-kiem/` && u.searchParams.get("q") === query);
        await results(page).filter({ hasText: SAMPLE }).first().waitFor({ timeout: 10_000 });
        // The matched words are marked in the excerpt, and the result links to the article under the prefix.
        expect(await page.locator(".news-search-results mark").count()).toBeGreaterThan(0);
        const href = await results(page).filter({ hasText: SAMPLE }).first().getAttribute("href");
        expect(href).toMatch(/^\/archive\/2021\/12\/08\/[^/]+\/$/);
        expect(await page.locator("#news-search-q").inputValue()).toBe(query);
      });
    }

    it("filters by source and year, sorts newest first, and keeps the query in the URL", async () => {
      const page = await newPage();
      await page.goto(at(`${PREFIX}tim-kiem/?q=cong+tac`));
      await results(page).filter({ hasText: SAMPLE }).first().waitFor({ timeout: 10_000 });
      const status = () => page.locator(".news-search-status").textContent();
      await page.selectOption("select[name=source]", "Lao Động");
      await page.waitForURL((u) => u.searchParams.get("source") === "Lao Động" && u.searchParams.get("q") === "cong tac");
      await expect.poll(status).toBe(t.searchNoResults);
      await page.selectOption("select[name=source]", "CAND");
      await results(page).filter({ hasText: SAMPLE }).first().waitFor({ timeout: 10_000 });
      await page.selectOption("select[name=year]", "2019");
      await page.waitForURL((u) => u.searchParams.get("year") === "2019");
      await expect.poll(status).toBe(t.searchNoResults);
      await page.selectOption("select[name=year]", "2021");
      await results(page).filter({ hasText: SAMPLE }).first().waitFor({ timeout: 10_000 });
      // A common word, newest first: the dates run backwards.
      await page.goto(at(`${PREFIX}tim-kiem/?q=nam&sort=newest`));
      await results(page).first().waitFor({ timeout: 10_000 });
      const times = await page.locator(".news-search-results time").evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute("datetime") ?? "")));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const all = times.length;
      expect(all).toBeGreaterThan(1);
    });

    it("filters by a topic from ?tag=, shows it, and lets the reader remove it", async () => {
      const page = await newPage();
      const articleUrl = [...site.pages].find(([, html]) => html.includes(`<h1>${SAMPLE}</h1>`))![0];
      await page.goto(at(articleUrl));
      const topic = ((await page.locator("a[rel=tag]").first().textContent()) ?? "").trim();
      expect(topic).not.toBe("");
      await page.goto(at(`${PREFIX}tim-kiem/?tag=${encodeURIComponent(topic)}`));
      await results(page).filter({ hasText: SAMPLE }).first().waitFor({ timeout: 10_000 });
      await expect(page.locator(".news-search-topic strong").textContent()).resolves.toBe(topic);
      await expect(page.locator(".news-search-topic").isVisible()).resolves.toBe(true);
      await page.locator(".news-search-topic button").click();
      await page.waitForURL((u) => !u.searchParams.has("tag"));
      await expect(page.locator(".news-search-topic").isVisible()).resolves.toBe(false);
    });

    it("says that search needs JavaScript when it is off, instead of a broken page", async () => {
      const page = await newPage({ javaScriptEnabled: false });
      await page.goto(at(PREFIX));
      await page.fill("#site-search-q", "cong tac");
      await page.press("#site-search-q", "Enter");
      await page.waitForURL((u) => u.pathname === `${PREFIX}tim-kiem/`);
      await expect(page.locator(".news-search-nojs").isVisible()).resolves.toBe(true);
      expect(await page.locator(".news-search-nojs").textContent()).toBe(t.searchNeedsJs);
    });
  });

  it("shows the archive's 404 page, with working links, for an unknown URL", async () => {
    const page = await newPage();
    const missing = `${PREFIX}khong-co-trang-nay/`;
    const response = await page.goto(at(missing));
    expect(response?.status()).toBe(404);
    expect(await heading(page)).toBe(t.notFoundTitle);
    await expect(page.locator("link[rel=stylesheet]").evaluate((l) => (l as HTMLLinkElement).sheet !== null)).resolves.toBe(true);
    await follow(page, PREFIX, "main");
    expect(await heading(page)).toBe(t.latest);
  });

  it("fits a 390 px phone: no horizontal scrolling on any kind of page, the article readable", async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    for (const [kind, url] of Object.entries(pagesOfEveryKind())) {
      await page.goto(at(url));
      const m = await page.evaluate(() => {
        window.scrollTo(10_000, 0);
        return { innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, scrollX: window.scrollX };
      });
      expect(m, `${kind} ${url}`).toEqual({ innerWidth: 390, scrollWidth: 390, scrollX: 0 });
    }
    await page.goto(at(pagesOfEveryKind().article!));
    const text = await page.evaluate(() => {
      const p = document.querySelector(".news-body p")!;
      const style = getComputedStyle(p);
      const box = p.getBoundingClientRect();
      const h1 = document.querySelector("h1")!;
      return {
        fontSize: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        left: box.left,
        right: box.right,
        width: box.width,
        headingFits: h1.scrollWidth <= h1.clientWidth,
      };
    });
    expect(text.fontSize).toBeGreaterThanOrEqual(16); // no zooming needed
    expect(text.lineHeight).toBeGreaterThanOrEqual(1.4); // room for stacked Vietnamese diacritics
    expect(text.left).toBeGreaterThanOrEqual(8); // a margin on both sides
    expect(text.right).toBeLessThanOrEqual(390 - 8);
    expect(text.width / text.fontSize).toBeGreaterThan(18); // a real line of text, not a sliver
    expect(text.headingFits).toBe(true);
  });

  it("renders dark mode with a dark background and light text", async () => {
    const page = await newPage({ colorScheme: "dark" });
    for (const url of [PREFIX, pagesOfEveryKind().article!]) {
      await page.goto(at(url));
      const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      expect(luminance(bg!), `background ${bg} of ${url}`).toBeLessThan(0.1);
      expect(luminance(fg!), `text ${fg} of ${url}`).toBeGreaterThan(0.5);
    }
  });

  describe("accessibility (axe-core): no serious or critical violation", () => {
    const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
    for (const scheme of ["light", "dark"] as const) {
      it(`on one page of every kind, ${scheme} scheme, with lang="${resolved.locale}"`, async () => {
        const page = await newPage({ colorScheme: scheme });
        const problems: string[] = [];
        for (const [kind, url] of Object.entries(pagesOfEveryKind())) {
          await page.goto(at(url));
          expect(await page.locator("html").getAttribute("lang"), `lang of ${kind} ${url}`).toBe(resolved.locale);
          await page.addScriptTag({ path: axeSource });
          const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
          for (const v of results.violations)
            if (v.impact === "serious" || v.impact === "critical") problems.push(`${kind} ${url}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
        expect(problems).toEqual([]);
      });
    }
  });

  // Runs last: collects what every page of every test above did.
  it("logged no console error and sent no request outside 127.0.0.1", async () => {
    requireBrowser();
    expect(contexts.length).toBeGreaterThan(0);
    const requests = contexts.flatMap((c) => c.seen.requests);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${server.origin}/`))).toEqual([]);
    // The only expected error: Chromium's own log line for the deliberate 404 response.
    const errors = contexts.flatMap((c) => c.seen.errors).filter((e) => !/khong-co-trang-nay\/: Failed to load resource: .*404/.test(e));
    expect(errors).toEqual([]);
    await Promise.all(contexts.map((c) => c.context.close()));
  });
});

/** Relative luminance (WCAG) of a CSS `rgb()`/`rgba()` colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
