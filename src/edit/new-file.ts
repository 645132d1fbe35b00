import { Document, isMap } from "yaml";
import type { UtcDateTime } from "../model/types.ts";
import { formatFrontmatterTime } from "./datetime.ts";
import { titleMarkdown } from "./markdown-text.ts";

export interface NewIncidentFields {
  components: readonly string[];
  zones: readonly string[];
  title: string;
  start: UtcDateTime;
  end: UtcDateTime | null;
  scheduled: UtcDateTime | null;
  retroactive: boolean;
  impact: string | null;
  /** The first post, markdown; empty for a file with only its title. */
  message: string;
  /** YAML comment lines (without `#`) put at the top of the frontmatter. */
  comments?: readonly string[];
  /** A Statuspage id to keep for api/v2. */
  id?: string | null;
}

/**
 * The text of a new incident file, keys in the documented order. The YAML is
 * written by the YAML library, so no value can add a key or end the
 * frontmatter, and the title is escaped to read back as written; `message`
 * is markdown, written as it is.
 */
export function renderIncidentFile(fields: NewIncidentFields): string {
  const frontmatter: Record<string, unknown> = {};
  if (fields.components.length > 0) frontmatter.component = listOrOne(fields.components);
  if (fields.zones.length > 0) frontmatter.zone = listOrOne(fields.zones);
  frontmatter.start = formatFrontmatterTime(fields.start);
  if (fields.end) frontmatter.end = formatFrontmatterTime(fields.end);
  if (fields.scheduled) frontmatter.scheduled = formatFrontmatterTime(fields.scheduled);
  if (fields.retroactive) frontmatter.retroactive = true;
  if (fields.impact) frontmatter.impact = fields.impact;
  if (fields.id) frontmatter.id = fields.id;
  const doc = new Document(frontmatter);
  // On the mapping, not the document, which would add a blank line after it.
  if (fields.comments && fields.comments.length > 0 && isMap(doc.contents))
    doc.contents.commentBefore = fields.comments.map((c) => ` ${c}`).join("\n");
  const message = fields.message.replace(/^(?:[ \t]*\r?\n)+/, "").trimEnd();
  return (
    `---\n${yamlText(doc)}---\n# ${titleMarkdown(oneLine(fields.title))}\n` +
    (message ? `\n${message}\n` : "")
  );
}

function listOrOne(values: readonly string[]): string | readonly string[] {
  return values.length === 1 ? values[0]! : values;
}

/** YAML as the library writes it, without folding long lines. */
export function yamlText(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
