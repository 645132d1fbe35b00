import { code, oneOf } from "../diagnostics/quote.ts";
import { suggest } from "../diagnostics/suggest.ts";
import { startsWithParagraph } from "../edit/markdown-text.ts";
import { updateBody } from "../edit/update.ts";
import {
  finalStatus,
  statusesOf,
  statusLabel,
  statusOfLabel,
  type UpdateStatus,
} from "../model/update-status.ts";
import { readStatusLabel } from "../parse/status-label.ts";

export type StatusFlag = { ok: true; status: UpdateStatus } | { ok: false; message: string };

/**
 * Reads `--status` (`identified`, `in_progress`, `In progress`) for an
 * incident or a maintenance, refusing a status of the other kind, and
 * `resolved` for an incident that would have no `end`: `instead` says what to
 * do then.
 */
export function readStatusFlag(
  text: string,
  kind: "incident" | "maintenance",
  { closes, instead }: { closes: boolean; instead: string },
): StatusFlag {
  const allowed = statusesOf(kind);
  const status = statusOfLabel(text.replace(/-/g, " "));
  if (status === null || !allowed.includes(status)) {
    const guess = suggest(text, allowed);
    return {
      ok: false,
      message:
        `Unexpected --status ${code(text)} for ${kind === "incident" ? "an incident" : "a maintenance"}, ` +
        (guess ? `did you mean ${code(guess)}?` : `expected ${oneOf(allowed)}`),
    };
  }
  if (status === finalStatus(kind) && !closes && kind === "incident")
    return {
      ok: false,
      message: `Unexpected --status ${code(text)} for an incident without \`end\`: ${instead}`,
    };
  return { ok: true, status };
}

/**
 * The update's text with its status label in front (`Identified: …`), alone
 * on its line above text that opens with a heading, list or code, unless the
 * text starts with one already: the same status is kept as written, and
 * another one is refused.
 */
export function withStatusLabel(
  message: string,
  status: UpdateStatus,
): { ok: true; text: string } | { ok: false; message: string } {
  const text = updateBody(message);
  const written = readStatusLabel(text);
  const label = `${statusLabel(status)}:`;
  if (written === null)
    return {
      ok: true,
      text: startsWithParagraph(text) ? `${label} ${text}` : `${label}\n\n${text}`,
    };
  if (written.status === status) return { ok: true, text };
  return {
    ok: false,
    message: `Unexpected text starting with the label ${code(`${written.written}:`)} for an update of status ${code(status)}: drop the label or the status`,
  };
}
