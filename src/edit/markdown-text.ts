import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseBody } from "../parse/body.ts";
import { parseUpdateMarker } from "../parse/update-marker.ts";

const parser = unified().use(remarkParse).use(remarkGfm);

/** What can start or end inline markdown: emphasis, code, links, autolinks and HTML, entities. */
const INLINE = /[\\`*_[\]<]|&(?=#?[A-Za-z0-9]+;)/g;
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * A title as the markdown of a `# ` heading whose text reads back as exactly
 * `title`: a title is plain text, so `*x*`, backticks or a final ` #` are
 * escaped rather than read as emphasis, code or the heading's closing
 * sequence. Only text with every such character escaped is parsed, since
 * markdown's inline parser is slow on long runs of unescaped `*_\``.
 */
export function titleMarkdown(title: string): string {
  const candidate = escapeClosingSequence(title.replace(INLINE, (c) => `\\${c}`));
  if (titleOf(candidate) === title) return candidate;
  // Every ASCII punctuation character escaped reads back as itself in CommonMark.
  return escapeInline(title);
}

/** Plain text as inline markdown that reads as the same text: every ASCII punctuation mark escaped. */
export function escapeInline(text: string): string {
  return text.replace(PUNCTUATION, (c) => `\\${c}`);
}

/**
 * The title with a final run of `#` escaped when a heading would read it as
 * its closing sequence (`Issue #` → `Issue \#`); found without a regular
 * expression, whose backtracking over a long run of `# # #` would be quadratic.
 */
function escapeClosingSequence(title: string): string {
  const end = title.trimEnd().length;
  let start = end;
  while (start > 0 && title[start - 1] === "#") start--;
  if (start === end || (start > 0 && !/\s/.test(title[start - 1]!))) return title;
  return `${title.slice(0, start)}\\${title.slice(start)}`;
}

/** The title a `# ` heading of this markdown reads as. */
function titleOf(markdown: string): string | undefined {
  return parseBody(`# ${markdown}\n`, 0).titles[0]?.text;
}

/**
 * Markdown with each top-level paragraph that starts like an update marker
 * (`EDIT …`) escaped as `&#69;DIT …`, which reads as the same text but opens
 * no update. Code blocks, lists and quotes are left as they are: only a
 * top-level paragraph can be a marker. With `fromSecond`, the first block is
 * left alone, for text written after a marker of its own.
 */
export function escapeUpdateMarkers(markdown: string, fromSecond = false): string {
  const tree = parser.parse(markdown) as Root;
  const parts: string[] = [];
  let done = 0;
  for (const node of tree.children.slice(fromSecond ? 1 : 0)) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const marker = node.type === "paragraph" ? parseUpdateMarker(markdown.slice(start, end)) : null;
    if (marker?.kind !== "edit" && marker?.kind !== "malformed") continue;
    parts.push(markdown.slice(done, start), `&#${markdown.charCodeAt(start)};`);
    done = start + 1;
  }
  parts.push(markdown.slice(done));
  return parts.join("");
}

/** Whether the markdown's first block is a paragraph, which can follow a marker on its line. */
export function startsWithParagraph(markdown: string): boolean {
  return (parser.parse(markdown) as Root).children[0]?.type === "paragraph";
}
