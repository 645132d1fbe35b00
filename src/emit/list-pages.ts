/**
 * Lists of the API cut into files of at most a given number of bytes, so that
 * no file grows with the history: the first file keeps the list's URL and the
 * next ones follow it. Each piece's weight is measured as it will be written.
 */
import type { Day, Incident, Month } from "../model/types.ts";

/**
 * `items` in order, cut into runs that fit in `bound` bytes, given `room` for
 * what a file holds besides them and `weigh` for what one item adds. A file
 * holds at least one item, whatever it weighs.
 */
export function listPages<T>(
  items: readonly T[],
  bound: number,
  room: number,
  weigh: (item: T) => number,
): T[][] {
  const pages: T[][] = [[]];
  let used = room;
  for (const item of items) {
    const weight = weigh(item);
    if (used + weight > bound && pages.at(-1)!.length > 0) {
      pages.push([]);
      used = room;
    }
    pages.at(-1)!.push(item);
    used += weight;
  }
  return pages;
}

/**
 * A month's days (newest first) cut the same way: whole days while they fit,
 * a day too long continued on the next file under the same date, quiet days
 * on the file whose days surround them.
 */
export function monthPages(
  month: Month,
  bound: number,
  room: number,
  weigh: (incident: Incident) => number,
): Day[][] {
  // An empty day, `{ "date": "2022-06-11", "incidents": [] }`, over four lines.
  const DAY = 90;
  const pages: Day[][] = [[]];
  let used = room;
  let counted = 0;
  for (const day of month.days) {
    let entry: Day = { date: day.date, incidents: [] };
    pages.at(-1)!.push(entry);
    used += DAY;
    for (const incident of day.incidents) {
      const weight = weigh(incident);
      if (used + weight > bound && counted > 0) {
        if (entry.incidents.length === 0) pages.at(-1)!.pop();
        entry = { date: day.date, incidents: [] };
        pages.push([entry]);
        used = room + DAY;
        counted = 0;
      }
      entry.incidents.push(incident);
      used += weight;
      counted++;
    }
  }
  return pages;
}
