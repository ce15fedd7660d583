/** Build the project in the current folder to `_site` (used by tests in a child process). */
import Eleventy from "@11ty/eleventy";
import newsArchive from "../../plugin/index.ts";

const options = JSON.parse(process.argv[2] ?? "{}");
// Eleventy's own options, as the command line sets them (`pathPrefix`, `dryRun`).
const eleventyOptions = JSON.parse(process.argv[3] ?? "{}");
const elev = new Eleventy("src", "_site", {
  quietMode: true,
  ...eleventyOptions,
  configPath: false, // only the plugin, never a config file found in the working folder
  config(eleventyConfig: { addPlugin(p: unknown, o?: object): void }) {
    eleventyConfig.addPlugin(newsArchive, options);
  },
});
try {
  await elev.write();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
