import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Position } from "../diagnostics/diagnostic.ts";
import { readStatusLabel, type StatusLabel } from "./status-label.ts";
import { parseUpdateMarker, type MarkerReading, type UpdateMarker } from "./update-marker.ts";

export interface Title {
  text: string;
  at: Position;
}

/** The initial post (marker null) or one update: its marker and its markdown nodes. */
export interface Section {
  marker: (UpdateMarker & { kind: "edit" | "malformed" }) | null;
  at: Position;
  /** The status label the section starts with, if any. */
  label: (StatusLabel & { at: Position }) | null;
  /** Markdown source of the section without its marker and label, trimmed. */
  text: string;
  /** The section's nodes, the marker and label removed from the first paragraph. */
  nodes: RootContent[];
}

/** A paragraph that starts with a time but no `EDIT`: read as text. */
export interface BareTime {
  time: string;
  at: Position;
  /** Where the paragraph starts. */
  paragraphAt: Position;
  reading: MarkerReading | null;
  /** The index of the section it is part of. */
  section: number;
}

export interface Body {
  /** Every level-1 heading; the first is the title. */
  titles: Title[];
  /** The first node of the body when it is not the title, for diagnostics. */
  beforeTitle: Position | null;
  sections: Section[];
  /** Paragraphs that look like an update without `EDIT`. */
  bareTimes: BareTime[];
  /** Where the body ends, for diagnostics about what is missing. */
  end: Position;
}

const gfmParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
const commonmarkParser = unified().use(remarkParse).use(remarkFrontmatter);

/**
 * What GFM's extensions start from: a table's `|` (or the `:-` of its
 * delimiter row, which needs no `|` for one column), a strikethrough's `~`, a
 * footnote's `[^`, a task's `[ ]`, and the links found in text (`www.`,
 * `http:`, `mailto:`, `xmpp:`, an address's `@`), which are looked for once
 * escapes and character references are decoded: `www\.` and `&#64;` count.
 */
const GFM_SYNTAX = /[|~@&]|:-|-:|\[\^|\[[ \txX]\]|www\.|https?:|mailto:|xmpp:/i;

/**
 * Whether a text may hold GFM's syntax. GFM's extensions take a third of a
 * file's parse; a text without their syntax parses to the same tree without
 * them (a test holds both parsers to that).
 */
export function mayUseGfm(text: string): boolean {
  return GFM_SYNTAX.test(text.replaceAll("\\", ""));
}

/** The markdown tree of a file: CommonMark, with GFM's extensions when the text may use them. */
export function parseMarkdown(text: string): Root {
  return (mayUseGfm(text) ? gfmParser : commonmarkParser).parse(text) as Root;
}

/** Parses the markdown after the frontmatter into a title and dated sections. */
export function parseBody(text: string, bodyOffset: number): Body {
  const tree = parseMarkdown(text);
  const nodes = tree.children.filter(
    (node) => node.type !== "yaml" && (node.position?.start.offset ?? 0) >= bodyOffset,
  );
  const titles = nodes
    .filter((node): node is Heading => node.type === "heading" && node.depth === 1)
    // A title is one line of plain text, even when a setext heading spans lines.
    .map((heading) => ({
      text: toString(heading).replace(/\s+/g, " ").trim(),
      at: start(heading),
    }));
  const first = nodes[0];
  const titleIndex = first?.type === "heading" && first.depth === 1 ? 0 : -1;
  const body: Body = {
    titles,
    beforeTitle: first && titleIndex === -1 ? start(first) : null,
    sections: [],
    bareTimes: [],
    end: tree.position ? { line: tree.position.end.line, column: 1 } : { line: 1, column: 1 },
  };

  let current: Section | null = null;
  const open = (section: Section) => {
    body.sections.push(section);
    current = section;
  };
  for (const node of nodes.slice(titleIndex + 1)) {
    if (node.type === "heading" && node.depth === 1) continue;
    const marker = node.type === "paragraph" ? parseUpdateMarker(sourceOf(text, node)) : null;
    if (marker?.kind === "edit" || marker?.kind === "malformed") {
      const length = marker.kind === "edit" ? marker.length : 0;
      open({ marker, at: start(node), label: null, text: "", nodes: [] });
      const rest = cutStart(node as Paragraph, text, length);
      if (rest) current!.nodes.push(rest);
      continue;
    }
    if (!current) open({ marker: null, at: start(node), label: null, text: "", nodes: [] });
    if (marker?.kind === "bare-time") {
      const at = start(node);
      body.bareTimes.push({
        time: marker.time,
        at: { line: at.line, column: at.column + marker.offset },
        paragraphAt: at,
        reading: marker.reading,
        section: body.sections.length - 1,
      });
    }
    current!.nodes.push(node);
  }
  for (const section of body.sections) {
    const first = section.nodes[0];
    const label = first?.type === "paragraph" ? readStatusLabel(sourceOf(text, first)) : null;
    if (first && label) {
      section.label = { ...label, at: start(first) };
      const rest = cutStart(first as Paragraph, text, label.length);
      section.nodes.splice(0, 1, ...(rest ? [rest] : []));
    }
    section.text = sectionText(text, section);
  }
  return body;
}

function start(node: RootContent): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function sourceOf(text: string, node: RootContent): string {
  return text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** The markdown of a section as written, without its marker. */
function sectionText(text: string, section: Section): string {
  const first = section.nodes[0];
  const last = section.nodes[section.nodes.length - 1];
  if (!first || !last) return "";
  return text.slice(first.position?.start.offset ?? 0, last.position?.end.offset ?? 0).trim();
}

/**
 * Removes the first `length` characters of a paragraph's source (a marker or
 * a label, on its first line) and the spaces after them. Returns null when
 * nothing is left.
 */
function cutStart(paragraph: Paragraph, source: string, length: number): Paragraph | null {
  const position = paragraph.position;
  if (length === 0 || !position || position.start.offset === undefined) return paragraph;
  const from = position.start.offset;
  let cut = from + length;
  while (cut < (position.end.offset ?? cut) && /\s/.test(source[cut]!)) cut++;
  const children: PhrasingContent[] = [];
  for (const child of paragraph.children) {
    const childStart = child.position?.start.offset ?? from;
    const childEnd = child.position?.end.offset ?? from;
    if (childEnd <= cut) continue;
    if (childStart >= cut || child.type !== "text") {
      children.push(child);
      continue;
    }
    const value = child.value.slice(Math.min(from + length, cut) - childStart).replace(/^\s+/, "");
    if (value !== "")
      children.push({
        ...child,
        value,
        position: { start: pointAt(source, cut), end: child.position!.end },
      });
  }
  if (children.length === 0) return null;
  return { ...paragraph, children, position: { start: pointAt(source, cut), end: position.end } };
}

/** The line, column and offset of an offset in the source. */
function pointAt(source: string, offset: number) {
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n"), offset };
}
