import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseBody } from "../parse/body.ts";
import { parseUpdateMarker } from "../parse/update-marker.ts";

const parser = unified().use(remarkParse);

/** Characters that can start or end inline markdown: emphasis, code, links, HTML, entities. */
const INLINE = /[\\`*_[\]<>&!]/g;
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * A title as the markdown of a `# ` heading whose text reads back as exactly
 * `title`: a title is plain text, so `*x*`, backticks or a final ` #` are
 * escaped rather than read as emphasis, code or the heading's closing
 * sequence. The fewest escapes are used that read back right.
 */
export function titleMarkdown(title: string): string {
  const closing = title.replace(/(^|\s)(#+)(\s*)$/, "$1\\$2$3");
  for (const candidate of [
    closing,
    closing.replace(INLINE, (c) => `\\${c}`),
    escapeInline(title),
  ]) {
    if (titleOf(candidate) === title) return candidate;
  }
  // Every ASCII punctuation character escaped reads back as itself in CommonMark.
  return escapeInline(title);
}

/** Plain text as inline markdown that reads as the same text: every ASCII punctuation mark escaped. */
export function escapeInline(text: string): string {
  return text.replace(PUNCTUATION, (c) => `\\${c}`);
}

/** The title a `# ` heading of this markdown reads as. */
export function titleOf(markdown: string): string | undefined {
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
  const starts = tree.children
    .slice(fromSecond ? 1 : 0)
    .filter((node) => node.type === "paragraph")
    .map((node) => node.position?.start.offset ?? 0)
    .filter((offset) => {
      const marker = parseUpdateMarker(markdown.slice(offset));
      return marker?.kind === "edit" || marker?.kind === "malformed";
    });
  let result = markdown;
  for (const offset of starts.reverse())
    result = `${result.slice(0, offset)}&#69;${result.slice(offset + 1)}`;
  return result;
}

/** Whether the markdown's first block is a paragraph, which can follow a marker on its line. */
export function startsWithParagraph(markdown: string): boolean {
  return (parser.parse(markdown) as Root).children[0]?.type === "paragraph";
}
