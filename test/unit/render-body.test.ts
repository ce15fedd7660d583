import { describe, expect, it } from "vitest";
import { renderBody } from "../../plugin/core/render-body.ts";

const p = (text: string) => renderBody([{ kind: "paragraph", text, line: 1 }]);

describe("renderBody", () => {
  it("escapes HTML in the text instead of rendering it", () => {
    expect(p("Giá <b>tăng</b> & <script>x()</script>")).toBe("<p>Giá &lt;b&gt;tăng&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt;</p>\n");
  });
  it("keeps Markdown-looking characters literal", () => {
    expect(p("5*3 = 15, _x_, [a](b), \\n, &amp;, (c), 1. một # hai")).toBe("<p>5*3 = 15, _x_, [a](b), \\n, &amp;amp;, (c), 1. một # hai</p>\n");
  });
  it("keeps template syntax literal", () => {
    expect(p("{{ title }} {% raw %}")).toBe("<p>{{ title }} {% raw %}</p>\n");
  });
  it("makes URLs clickable", () => {
    expect(p("Xem https://vnexpress.net/a.html nhé")).toBe('<p>Xem <a href="https://vnexpress.net/a.html" rel="nofollow noopener">https://vnexpress.net/a.html</a> nhé</p>\n');
  });
  it("uses Vietnamese typographic quotes", () => {
    expect(p(`Phong trào "Vì an ninh Tổ quốc" và 'nhỏ'`)).toBe("<p>Phong trào “Vì an ninh Tổ quốc” và ‘nhỏ’</p>\n");
  });
  it("renders captions as captions", () => {
    expect(renderBody([{ kind: "caption", text: "Ảnh: TTXVN", line: 3 }])).toBe('<p class="news-caption">Ảnh: TTXVN</p>\n');
  });
});

describe("bodyText", () => {
  it("gives back each paragraph and caption of a rendered body as plain text", async () => {
    const { bodyText, renderBody } = await import("../../plugin/core/render-body.ts");
    const blocks = [
      { kind: "paragraph" as const, text: "Giá <b>vàng</b> tăng & giảm 5% — xem vnexpress.net", line: 3 },
      { kind: "caption" as const, text: "Ảnh: Thứ trưởng Trần Quốc Tỏ.", line: 5 },
      { kind: "paragraph" as const, text: "Đoạn cuối {{ x }}.", line: 7 },
    ];
    expect(bodyText(renderBody(blocks))).toEqual(blocks.map((b) => b.text));
    expect(bodyText("")).toEqual([]);
  });
});
