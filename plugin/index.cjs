// The package for `require("news-archive")` in a CommonJS Eleventy config
// (`"type": "commonjs"`, as `npm init -y` writes). The plugin is an ES module;
// Node.js 20.19+ and 22.12+ can require() it. Older ones get the fix, not a
// confusing "Invalid EleventyConfig.addPlugin signature" later.
"use strict";

let esm;
try {
  esm = require("./index.js");
} catch (error) {
  if (error && (error.code === "ERR_REQUIRE_ESM" || error.code === "ERR_REQUIRE_ASYNC_MODULE")) {
    throw new Error(
      'news-archive is an ES module, and this Node.js cannot require() one. Name your Eleventy config ' +
        '`eleventy.config.mjs` and write `import newsArchive from "news-archive";` in it ' +
        "(or use Node.js 20.19 / 22.12 or newer, which can require() ES modules).",
      { cause: error },
    );
  }
  throw error;
}

// `require("news-archive")` is the plugin function itself, as `import newsArchive from "news-archive"` is.
module.exports = esm.default;
for (const name of ["getDefaults", "NewsArchiveOptionError", "NewsArchiveContentError"]) {
  Object.defineProperty(module.exports, name, { value: esm[name], enumerable: false });
}
