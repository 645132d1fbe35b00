import { DateTime } from "luxon";
import { code } from "../diagnostic.ts";
import type { Rule } from "../context.ts";

/**
 * `update-marker-invalid`, `update-time-invalid`, `update-time-order`,
 * `update-time-missing`, `update-empty`, `update-marker-missing`.
 */
export const updates: Rule = ({ body, fields, times, report }) => {
  body.sections.forEach((section, index) => {
    const { marker } = section;
    if (marker === null) return;
    if (marker.kind === "malformed") {
      report.error(
        "update-marker-invalid",
        section.at,
        `Unexpected update marker ${code(marker.text)}, expected \`EDIT hh:mm UTC:\` or \`EDIT YYYY-MM-DD hh:mm UTC:\``,
      );
      return;
    }
    const timeAt = { line: section.at.line, column: section.at.column + marker.timeOffset };
    const resolved = times[index];
    if (marker.time === null) {
      report.warn(
        "update-time-missing",
        section.at,
        "Unexpected `EDIT:` without a time, expected `EDIT hh:mm UTC:`: the update is shown undated",
      );
    } else if (resolved?.problem === "invalid") {
      const { hour, minute } = marker.time;
      const written = `${marker.date ? marker.date + " " : ""}${pad(hour)}:${pad(minute)}`;
      report.error(
        "update-time-invalid",
        timeAt,
        `Unexpected update time ${code(written)}, expected a real date and time (hours 00–23, minutes 00–59)`,
      );
    } else if (resolved?.problem === "before-start" || resolved?.problem === "before-previous") {
      const earliest = fields.scheduled ? "`scheduled`, when it was announced" : "`start`";
      const what = resolved.problem === "before-start" ? earliest : "the update above it";
      const previous = times.slice(0, index).findLast((t) => t.at !== null)?.at;
      const nextDay = nextDayOf(previous ?? fields.start?.value);
      const hint = marker.date
        ? "check the date and time"
        : `for the next day write \`EDIT ${nextDay} ${resolved.at!.slice(11, 16)} UTC:\``;
      report.error(
        "update-time-order",
        timeAt,
        `Unexpected update at ${code(resolved.at)}, before ${what}: ${hint}`,
      );
    }
    if (section.text === "") {
      report.warn(
        "update-empty",
        section.at,
        "Unexpected empty update, expected text after the marker",
      );
    }
  });
  for (const bare of body.bareTimes) {
    report.warn(
      "update-marker-missing",
      bare.at,
      `Unexpected paragraph starting with a time (${code(bare.time)}) read as text, expected \`EDIT ${bare.time.slice(0, 5)} UTC:\` to make it an update`,
    );
  }
};

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function nextDayOf(at: string | null | undefined): string {
  return at ? DateTime.fromISO(at, { zone: "utc" }).plus({ days: 1 }).toISODate()! : "YYYY-MM-DD";
}
