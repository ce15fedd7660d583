import newsArchive from "./plugin/index.ts";
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(newsArchive, { search: false, newsFolder: "bench-news" });
  return { dir: { input: "src", includes: "../_includes", data: "../_data", output: "/tmp/bench-out" } };
}
