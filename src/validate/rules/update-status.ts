import { finalStatus, statusesOf, statusLabel } from "../../model/update-status.ts";
import type { Rule } from "../context.ts";

/**
 * `update-status-unknown`, `update-status-without-end`, `update-status-reopened`,
 * `update-status-at-end`: status labels name the file's statuses and agree with `end`.
 */
export const updateStatus: Rule = ({ body, fields, times, report }) => {
  const kind = fields.scheduled ? "maintenance" : "incident";
  const allowed = statusesOf(kind);
  const expected = allowed.map(statusLabel);
  const final = finalStatus(kind);
  let closing: { line: number } | null = null;
  body.sections.forEach((section, index) => {
    const { label } = section;
    if (label === null) return;
    const { status } = label;
    if (status === null || !allowed.includes(status)) {
      report.error("update-status-unknown", label.at, {
        actual: label.written,
        expected,
        otherKind: status === null ? null : kind === "incident" ? "maintenance" : "incident",
      });
      return;
    }
    if (status === final) {
      closing ??= { line: label.at.line };
      if (kind === "incident" && !fields.end) {
        const at = times[index]?.at;
        report.error("update-status-without-end", label.at, {
          end: at ? `${at.slice(0, 10)} ${at.slice(11, 16)}` : null,
        });
      }
    } else if (closing) {
      report.warn("update-status-reopened", label.at, {
        actual: label.written,
        final: statusLabel(final),
        line: closing.line,
      });
    }
  });
  const last = body.sections.at(-1)?.label;
  const lastStatus = last?.status ?? null;
  if (kind === "incident" && fields.end && last && lastStatus !== null)
    if (allowed.includes(lastStatus) && lastStatus !== final)
      report.warn("update-status-at-end", last.at, { actual: last.written });
};
