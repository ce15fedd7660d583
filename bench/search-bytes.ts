/**
 * Bytes a reader's browser fetches for one search: serves a built output
 * folder from 127.0.0.1, opens its search page with `?q=` in Debian's
 * Chromium and adds up every response after the page itself (the page's
 * script, the index manifest, the shards of the query's words and filters,
 * the result files).
 *   npx tsx bench/search-bytes.ts <output-folder> "<query>" [search-page-path]
 */
import { findChromium, launchChromium, serveStatic } from "../test/browser/harness.ts";

const [dir, query, pagePath = "/tim-kiem/"] = process.argv.slice(2);
if (!dir || !query) {
  console.error('usage: npx tsx bench/search-bytes.ts <output-folder> "<query>" [search-page-path]');
  process.exit(2);
}
const chromium = findChromium();
if (!chromium) throw new Error("no Chromium at /usr/bin/chromium (apt-get install -y chromium)");
const server = await serveStatic(dir, "/");
const browser = await launchChromium(chromium);
const page = await browser.newPage();
const sizes: { url: string; bytes: number }[] = [];
page.on("response", async (r) => {
  const body = await r.body().catch(() => Buffer.alloc(0));
  sizes.push({ url: r.url().replace(server.origin, ""), bytes: body.length });
});
const t0 = performance.now();
await page.goto(`${server.origin}${pagePath}?q=${encodeURIComponent(query)}`);
await page.waitForFunction(() => (document.querySelector(".news-search-status")?.textContent ?? "").match(/\d|Không|No /), null, { timeout: 60_000 });
await page.waitForLoadState("networkidle");
const ms = performance.now() - t0;
const status = await page.locator(".news-search-status").textContent();
const search = sizes.filter((s) => !s.url.startsWith(pagePath) && !s.url.endsWith(".css"));
const sum = (xs: { bytes: number }[]) => xs.reduce((n, x) => n + x.bytes, 0);
const kind = (re: RegExp) => sum(search.filter((s) => re.test(s.url)));
console.log(
  `query "${query}": ${status}; ${search.length} requests, ${(sum(search) / 1024).toFixed(0)} KB ` +
    `(script ${(kind(/\.js$/) / 1024).toFixed(0)} KB, manifest ${(kind(/\/index\.json$/) / 1024).toFixed(0)} KB, ` +
    `word and filter shards ${(kind(/\/t\/\d+\.json$/) / 1024).toFixed(0)} KB, result files ${(kind(/\/d\/\d+\.json$/) / 1024).toFixed(0)} KB) in ${(ms / 1000).toFixed(1)} s`,
);
await browser.close();
await server.close();
