/**
 * How messages speak of a time that has not come yet. Times arrive as the
 * model's UTC strings (`2022-06-10T05:23:00Z`); this base layer compares them
 * as text and dates, without the model.
 */

/** "10:30 UTC is 1 h 10 min after now, 09:20 UTC"; both times dated when they fall on different days. */
export function laterThanNow(at: string, now: string): string {
  const sameDay = at.slice(0, 10) === now.slice(0, 10);
  const seconds = Math.round((Date.parse(at) - Date.parse(now)) / 1000);
  return `${shown(at, sameDay)} UTC is ${span(seconds)} after now, ${shown(now, sameDay)} UTC`;
}

/** `09:20`, `09:20:35`, or `2026-12-01 09:20` when the day must be said. */
function shown(at: string, timeOnly: boolean): string {
  const time = at.slice(17, 19) === "00" ? at.slice(11, 16) : at.slice(11, 19);
  return timeOnly ? time : `${at.slice(0, 10)} ${time}`;
}

/** "35 s" under a minute, else "1 d 2 h 10 min" to the nearest minute. */
function span(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  const parts = [
    [Math.floor(minutes / 1440), "d"],
    [Math.floor((minutes % 1440) / 60), "h"],
    [minutes % 60, "min"],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(" ");
}
