/** This repository's own archive: the sample articles in src/news/ built with the plugin. */
import { readFileSync } from "node:fs";
import newsArchive from "./plugin/index.ts";

const site = JSON.parse(readFileSync(new URL("./_data/site.json", import.meta.url), "utf8"));

export default function (eleventyConfig: { addPlugin(plugin: unknown, options?: object): void }) {
  eleventyConfig.addPlugin(newsArchive, { site });
  return {
    dir: { input: "src", includes: "../_includes", data: "../_data", output: "_site" },
  };
}
