import { suggest } from "../diagnostics/suggest.ts";
import {
  statusLabel,
  statusOfLabel,
  UPDATE_STATUSES,
  type UpdateStatus,
} from "../model/update-status.ts";

/** A status label at the start of an update, as written. */
export interface StatusLabel {
  /** The label's words as written, without bold or colon: `Identified`, `in progress`. */
  written: string;
  /** The status it names; null for a label that names none but is close to one (a typo). */
  status: UpdateStatus | null;
  /** Length of the label in the source, bold, colon and the spaces after it included. */
  length: number;
}

/** One or two words then a colon, optionally in bold (`**Identified:**` or `**Identified**:`). */
const LABEL =
  /^(?:\*\*([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)(?::\*\*|\*\*:)|([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?):)(?=\s|$)[ \t]*/;

const WORDS = UPDATE_STATUSES.map(statusLabel);

/**
 * Reads the label an update starts with. A first word that is neither a
 * status nor close to one (`Note:`, `Cause:`) is text, not a label.
 */
export function readStatusLabel(source: string): StatusLabel | null {
  const match = LABEL.exec(source);
  if (!match) return null;
  const written = (match[1] ?? match[2])!;
  const status = statusOfLabel(written);
  // A typo is compared with the statuses of as many words (`In progress`).
  const words = written.split(/[\s_-]+/).length;
  const alike = WORDS.filter((label) => label.split(" ").length === words);
  if (status === null && suggest(written, alike) === null) return null;
  return { written, status, length: match[0].length };
}
