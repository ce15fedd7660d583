/**
 * Body blocks → HTML with our own markdown-it instance. Raw news text is not
 * Markdown: only links are made clickable and straight quotes become
 * Vietnamese typographic quotes; every other character is shown as written
 * (HTML is escaped, `*`, `_`, `[`, `\`, `&…;` and `{{ }}` stay literal).
 */
import MarkdownIt from "markdown-it";
import type { BodyBlock, ParseResult } from "./types.ts";

function createRenderer(linkify: boolean): MarkdownIt {
  const md = new MarkdownIt({
    html: false, // markup in the text is shown as text
    linkify, // bare URLs and domains become links
    typographer: true, // for smart quotes only; replacements are disabled below
    quotes: "“”‘’",
    breaks: false,
  });
  md.disable(["replacements", "escape", "backticks", "strikethrough", "emphasis", "link", "image", "autolink", "entity", "html_inline"], true);
  // Links stay on the page's host only by choice of the reader: mark them external.
  const defaultOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet("rel", "nofollow noopener");
    return defaultOpen(tokens, idx, options, env, self);
  };
  return md;
}

const withLinks = createRenderer(true);
const plain = createRenderer(false);

/**
 * Text that may hold a link linkify would find: a scheme, an e-mail, `www.`
 * or a dot followed by two ASCII letters (`vnexpress.net`). Most paragraphs
 * hold none, and skipping linkify's own scan for them halves the render time;
 * a false positive (`TP.HCM`) only costs that scan. Kept free of Unicode
 * classes: this test runs on every line of the archive.
 */
const MAY_LINK = /:\/\/|@|www\.|\.[a-z]{2}/i;

/** Inline HTML for one line of raw text. */
export function renderInline(text: string): string {
  return (MAY_LINK.test(text) ? withLinks : plain).renderInline(text);
}

/**
 * The paragraphs and captions of a body rendered by `renderBody`, as plain
 * text again (for the search index). Lets the archive keep one copy of each
 * body, as HTML, instead of the blocks and the HTML side by side.
 */
export function bodyText(html: string): string[] {
  return html
    .split("</p>\n")
    .map((p) => p.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&"))
    .filter((p) => p !== "");
}

export function renderBody(body: readonly BodyBlock[]): string {
  let html = "";
  for (const block of body) {
    const inner = renderInline(block.text);
    html += block.kind === "caption" ? `<p class="news-caption">${inner}</p>\n` : `<p>${inner}</p>\n`;
  }
  return html;
}

/**
 * Once the body is HTML the blocks are not needed again (the search index
 * reads the text back with `bodyText`): the archive holds each body once,
 * which is about a third of the memory a parsed archive takes.
 */
export function withoutBlocks(result: ParseResult): ParseResult {
  // Only what a build reads: not the blocks, nor the tagger's reasons (`inspect --explain` asks for those itself).
  const kept: ParseResult = { data: result.data, body: [], diagnostics: result.diagnostics };
  if (result.keyLines) kept.keyLines = result.keyLines;
  return kept;
}
