import type { Heading, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Position } from "../diagnostics/diagnostic.ts";
import { parseUpdateMarker, type UpdateMarker } from "./update-marker.ts";

export interface Title {
  text: string;
  at: Position;
}

/** The initial post (marker null) or one update: its marker and its markdown nodes. */
export interface Section {
  marker: (UpdateMarker & { kind: "edit" | "malformed" }) | null;
  at: Position;
  /** Markdown source of the section without its marker, trimmed. */
  text: string;
  /** The section's nodes, the marker removed from the first paragraph. */
  nodes: RootContent[];
}

export interface Body {
  /** Every level-1 heading; the first is the title. */
  titles: Title[];
  /** The first node of the body when it is not the title, for diagnostics. */
  beforeTitle: Position | null;
  sections: Section[];
  /** Paragraphs that look like an update without `EDIT`. */
  bareTimes: { time: string; at: Position }[];
  /** Where the body ends, for diagnostics about what is missing. */
  end: Position;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter);

/** Parses the markdown after the frontmatter into a title and dated sections. */
export function parseBody(text: string, bodyOffset: number): Body {
  const tree = parser.parse(text) as Root;
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
      const at = start(node);
      open({ marker, at, text: "", nodes: [] });
      const rest = stripMarker(node as Paragraph, length);
      if (rest) current!.nodes.push(rest);
      continue;
    }
    if (marker?.kind === "bare-time") {
      const at = start(node);
      body.bareTimes.push({
        time: marker.time,
        at: { line: at.line, column: at.column + marker.offset },
      });
    }
    if (!current) open({ marker: null, at: start(node), text: "", nodes: [] });
    current!.nodes.push(node);
  }
  for (const section of body.sections) section.text = sectionText(text, section);
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
 * Removes the `EDIT … UTC:` marker from the paragraph that opens an update.
 * Returns null when the marker was the whole paragraph.
 */
function stripMarker(paragraph: Paragraph, length: number): Paragraph | null {
  const [head, ...tail] = paragraph.children;
  if (head?.type !== "text" || length === 0) return paragraph;
  const value = head.value.slice(length).replace(/^\s+/, "");
  const children = value === "" ? tail : [{ ...head, value }, ...tail];
  if (children.length === 0) return null;
  const startPoint = paragraph.position && {
    ...paragraph.position.start,
    offset: (paragraph.position.start.offset ?? 0) + (head.value.length - value.length),
    column: paragraph.position.start.column + (head.value.length - value.length),
  };
  return {
    ...paragraph,
    children,
    ...(paragraph.position && startPoint
      ? { position: { start: startPoint, end: paragraph.position.end } }
      : {}),
  };
}
