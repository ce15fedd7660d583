// html-validate settings for every page the plugin's layouts produce (checked by test/browser/).
// A JavaScript file rather than .htmlvalidate.json so that each deviation from the presets can say why.
export default {
  root: true,
  // "document" adds the checks for whole pages: doctype present, heading levels in order, references resolve.
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // The <title> carries the article's full headline (what bookmarks, history and screen readers
    // show); Vietnamese headlines plus the site name often pass the rule's 70-character SEO limit,
    // and cutting a headline would lose words, so the limit does not apply to an archive.
    "long-title": "off",
    // Subresource integrity protects resources fetched from other origins; the archive loads only
    // its own stylesheet from its own host, where a hash adds nothing. Cross-origin loads still need it.
    "require-sri": ["error", { target: "crossorigin" }],
  },
};
