import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { mayUseGfm, parseMarkdown } from "../../src/parse/body.ts";

// Incident files are GitHub-flavoured markdown. GFM's extensions are left out
// of the parse of a text that shows none of their syntax: the tree must be
// the one they would have given.
const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const markdownFiles = readdirSync(fixtures, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
  .map((entry) => join(entry.parentPath, entry.name));

describe("the markdown of an incident file", () => {
  it("gives the GFM tree for every fixture file, with GFM's syntax or without", () => {
    const without = markdownFiles.filter((file) => !mayUseGfm(readFileSync(file, "utf8")));
    expect(without.length).toBeGreaterThan(20);
    for (const file of markdownFiles) {
      const text = readFileSync(file, "utf8");
      expect(parseMarkdown(text), file).toEqual(gfm.parse(text));
    }
  });

  it("gives the GFM tree for random markdown without GFM's syntax", () => {
    // GFM's own syntax is among the pieces: were mayUseGfm to miss some, texts with it would get through.
    const pieces = [
      "~~",
      "|",
      ":---",
      "---:",
      "a@b.co",
      "[^1]",
      "- [ ] ",
      "- [x] ",
      "www.a.b",
      "\\",
      "&#64;",
      "&period;",
      "https://a.b",
      "# ",
      "## ",
      "\n",
      "\n\n",
      "- ",
      "* ",
      "1. ",
      "> ",
      "    ",
      "```\n",
      "`",
      "*",
      "_",
      "**",
      "[a](b)",
      "[",
      "]",
      "(",
      ")",
      "<",
      ">",
      "&amp;",
      "\\",
      "word ",
      "w",
      "ww",
      "www",
      ".",
      "http",
      "https",
      ":",
      "/",
      "mailto",
      "x",
      "X",
      " ",
      "\t",
      "!",
      "#",
      "---\n",
      "===\n",
      "^",
      "EDIT 10:00 UTC: ",
      "Identified: ",
      "<b>",
      "é",
      "\r\n",
    ];
    const text = fc
      .array(fc.constantFrom(...pieces), { maxLength: 200 })
      .map((parts) => parts.join(""))
      .filter((candidate) => !mayUseGfm(candidate));
    fc.assert(
      fc.property(text, (markdown) => {
        expect(parseMarkdown(markdown)).toEqual(gfm.parse(markdown));
      }),
      { numRuns: 5_000 },
    );
  });

  it("reads GFM's syntax where the text has it", () => {
    const tree = parseMarkdown("a ~~gone~~ b, see www.example.com\n\n| a |\n| - |\n| 1 |\n");
    expect(tree.children.map((node) => node.type)).toEqual(["paragraph", "table"]);
  });
});
