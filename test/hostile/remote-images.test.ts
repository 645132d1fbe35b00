import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { markdownToHtml } from "../../src/parse/markdown-html.ts";

function html(markdown: string): string {
  return markdownToHtml((unified().use(remarkParse).parse(markdown) as Root).children);
}

describe("images in incident text", () => {
  it("are shown as a link to the image when they come from another site", () => {
    expect(html("See ![the graph](https://evil.example/pixel.png).")).toBe(
      '<p>See <a href="https://evil.example/pixel.png">the graph</a>.</p>',
    );
    expect(html("![](http://evil.example/p.png)")).toBe(
      '<p><a href="http://evil.example/p.png">http://evil.example/p.png</a></p>',
    );
    expect(html("![x](//evil.example/p.png) ![y][ref]\n\n[ref]: https://evil.example/q.png")).toBe(
      '<p><a href="//evil.example/p.png">x</a> <a href="https://evil.example/q.png">y</a></p>',
    );
  });

  it("drop a scheme that is neither http nor https, keeping the alt text", () => {
    expect(html("![pixel](data:image/png;base64,AAAA) ![js](javascript:alert(1))")).toBe(
      "<p><a>pixel</a> <a>js</a></p>",
    );
  });

  it("stay images when they are on the site itself", () => {
    expect(html("![diagram](diagram.png) ![logo](/assets/logo.png)")).toBe(
      '<p><img src="diagram.png" alt="diagram"> <img src="/assets/logo.png" alt="logo"></p>',
    );
  });
});
