/** Watch the project in the current folder, writing `_site` (used by the watch test in a child process). */
import Eleventy from "@11ty/eleventy";
import newsArchive from "../../plugin/index.ts";

const elev = new Eleventy("src", "_site", {
  quietMode: true,
  configPath: false,
  runMode: "watch",
  config(eleventyConfig: { addPlugin(p: unknown, o?: object): void }) {
    eleventyConfig.addPlugin(newsArchive, { printWarnings: true });
  },
});
await elev.init();
await elev.watch();
console.log("news-archive-test: watching");
process.on("SIGTERM", () => void elev.stopWatch().then(() => process.exit(0)));
