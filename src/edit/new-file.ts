import { stringify } from "yaml";
import type { UtcDateTime } from "../model/types.ts";
import { formatFrontmatterTime } from "./datetime.ts";

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
}

/** The text of a new incident file, keys in the documented order. */
export function renderIncidentFile(fields: NewIncidentFields): string {
  const lines = ["---", ...(fields.comments ?? []).map((c) => `# ${c}`)];
  lines.push(...names("component", fields.components));
  lines.push(...names("zone", fields.zones));
  lines.push(`start: ${formatFrontmatterTime(fields.start)}`);
  if (fields.end) lines.push(`end: ${formatFrontmatterTime(fields.end)}`);
  if (fields.scheduled) lines.push(`scheduled: ${formatFrontmatterTime(fields.scheduled)}`);
  if (fields.retroactive) lines.push("retroactive: true");
  if (fields.impact) lines.push(`impact: ${scalar(fields.impact)}`);
  lines.push("---", `# ${oneLine(fields.title)}`);
  const message = fields.message.trim();
  return lines.join("\n") + "\n" + (message ? `\n${message}\n` : "");
}

function names(key: string, values: readonly string[]): string[] {
  if (values.length === 0) return [];
  if (values.length === 1) return [`${key}: ${scalar(values[0]!)}`];
  return [`${key}:`, ...values.map((v) => `  - ${scalar(v)}`)];
}

/** A YAML scalar, quoted only when plain text would be read as something else. */
export function scalar(value: string): string {
  return stringify(value).trimEnd();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
