import { addDays } from "../../model/calendar.ts";
import type { Rule } from "../context.ts";
import type { Position } from "../../diagnostics/diagnostic.ts";
import type { MarkerReading } from "../../parse/update-marker.ts";
import { fixMarker } from "../marker-fix.ts";
import { pad, type ResolvedTime } from "../update-times.ts";

/**
 * `update-marker-invalid`, `update-time-invalid`, `update-time-order`,
 * `update-time-missing`, `update-empty`, `update-marker-missing`.
 */
export const updates: Rule = ({ body, fields, times, now, report }) => {
  body.sections.forEach((section, index) => {
    const { marker } = section;
    if (marker === null) return;
    if (marker.kind === "malformed") {
      const previous = previousTime(times, index, fields.start?.value);
      report.error(
        "update-marker-invalid",
        section.at,
        nearMiss(marker.text, marker.reading, section.at, previous),
      );
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
    const previous = previousTime(times, bare.section + 1, fields.start?.value);
    const details = bare.reading
      ? nearMiss(bare.reading.text, bare.reading, bare.paragraphAt, previous)
      : { actual: bare.time, problems: [{ kind: "no-zone" as const, time: bare.time }] };
    report.warn("update-marker-missing", bare.at, details);
  }
};

/** The time of the last dated post before section `index`, else `start`. */
function previousTime(
  times: readonly ResolvedTime[],
  index: number,
  start: string | null | undefined,
): string | null {
  return times.slice(0, index).findLast((t) => t.at !== null)?.at ?? start ?? null;
}

/** What a near-miss marker's diagnostic says, with its fix when one can be decided. */
function nearMiss(
  actual: string,
  reading: MarkerReading | null,
  at: Position,
  previous: string | null,
) {
  if (!reading) return { actual };
  const { problems, expected } = fixMarker(reading, previous);
  return {
    actual,
    problems,
    ...(expected === null
      ? {}
      : { fix: { line: at.line, column: at.column, actual: reading.text, expected } }),
  };
}

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
