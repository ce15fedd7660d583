/** One measured build (run in its own process by bench/build.ts). Prints a JSON line. */
import Eleventy from "@11ty/eleventy";
import newsArchive from "../plugin/index.ts";

const [input, output, tagsMode = "auto", readAhead = "true"] = process.argv.slice(2) as [string, string, string?, string?];
const started = performance.now();
const elev = new Eleventy(input, output, {
  quietMode: true,
  configPath: false, // only the plugin, never a config file found in the working folder
  config(eleventyConfig: { addPlugin(p: unknown, o?: object): void }) {
    eleventyConfig.addPlugin(newsArchive, { failOnError: false, printWarnings: false, tags: { mode: tagsMode }, readAhead: readAhead === "true" });
  },
});
const result = (await elev.write()) as [unknown, { url: string | false }[]];
const pages = result[1].filter((t) => t.url !== false).length;
const wallMs = performance.now() - started;
const usage = process.resourceUsage();
// CPU time (user + system) is steadier than wall time on a shared machine.
console.log(JSON.stringify({ pages, buildMs: Math.round(wallMs), cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), maxRssKb: usage.maxRSS }));
