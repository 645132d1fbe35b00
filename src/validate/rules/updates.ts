import { addDays } from "../../model/calendar.ts";
import type { Rule } from "../context.ts";
import { pad } from "../update-times.ts";

/**
 * `update-marker-invalid`, `update-time-invalid`, `update-time-order`,
 * `update-time-missing`, `update-empty`, `update-marker-missing`.
 */
export const updates: Rule = ({ body, fields, times, now, report }) => {
  body.sections.forEach((section, index) => {
    const { marker } = section;
    if (marker === null) return;
    if (marker.kind === "malformed") {
      report.error("update-marker-invalid", section.at, { actual: marker.text });
      return;
    }
    const timeAt = { line: section.at.line, column: section.at.column + marker.timeOffset };
    const resolved = times[index];
    if (marker.time === null) {
      report.warn("update-time-missing", section.at);
    } else if (resolved?.problem === "invalid") {
      const { hour, minute } = marker.time;
      const written = `${marker.date ? marker.date + " " : ""}${pad(hour)}:${pad(minute)}`;
      report.error("update-time-invalid", timeAt, { actual: written });
    } else if (resolved?.problem === "before-start" || resolved?.problem === "before-previous") {
      const previous = times.slice(0, index).findLast((t) => t.at !== null)?.at;
      report.error("update-time-order", timeAt, {
        at: resolved.at!,
        before:
          resolved.problem === "before-previous"
            ? "previous"
            : fields.scheduled
              ? "scheduled"
              : "start",
        nextDay: marker.date ? null : nextDayOf(previous ?? fields.start?.value, resolved.at!, now),
      });
    }
    if (section.text === "") {
      report.warn("update-empty", section.at);
    }
  });
  for (const bare of body.bareTimes) {
    report.warn("update-marker-missing", bare.at, { time: bare.time });
  }
};

/**
 * The day to suggest for an undated marker that went back in time: the day
 * after `previous`, as when midnight passed, unless that would put the update
 * after now; then there is no good guess and null says to check the time.
 */
function nextDayOf(previous: string | undefined, at: string, now: string): string | null {
  if (!previous) return null;
  const day = addDays(previous.slice(0, 10), 1);
  return `${day}${at.slice(10)}` <= now ? day : null;
}
