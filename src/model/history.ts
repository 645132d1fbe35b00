import { addDays } from "./calendar.ts";
import { compareText } from "./order.ts";
import { currentStatus } from "./status.ts";
import type { Day, History, Incident, Month, Site, UtcDateTime } from "./types.ts";

/** How many days, today included, the home page shows; they are always in `days`. */
export const RECENT_DAYS = 7;

/** Newest start first; ties broken by id so the order never depends on the disk. */
export function byStartDescending(a: Incident, b: Incident): number {
  return compareText(b.start, a.start) || compareText(a.id, b.id);
}

/**
 * Builds the history: incidents sorted, and every calendar day (UTC) from the
 * first of the oldest incident's month (or a week before `now`, if earlier) to
 * the later of `now` and the newest start, newest first, with the incidents
 * that started on it. Quiet days are present with no incidents.
 */
export function buildHistory(
  site: Site,
  incidents: readonly Incident[],
  now: UtcDateTime,
): History {
  const sorted = [...incidents].sort(byStartDescending);
  const byDate = new Map<string, Incident[]>();
  for (const incident of sorted) {
    const date = incident.start.slice(0, 10);
    byDate.set(date, [...(byDate.get(date) ?? []), incident]);
  }
  const today = now.slice(0, 10);
  const weekAgo = addDays(today, -(RECENT_DAYS - 1));
  const newest = sorted[0]?.start.slice(0, 10) ?? today;
  const oldest = (sorted[sorted.length - 1]?.start.slice(0, 7) ?? today.slice(0, 7)) + "-01";
  const days: Day[] = [];
  const last = oldest < weekAgo ? oldest : weekAgo;
  for (let date = newest > today ? newest : today; date >= last; date = addDays(date, -1)) {
    days.push({ date, incidents: byDate.get(date) ?? [] });
  }
  return {
    now,
    site,
    incidents: sorted,
    days,
    months: groupByMonth(days),
    status: currentStatus(site.components, sorted, now),
  };
}

/** Groups days (newest first) into months (newest first). */
export function groupByMonth(days: readonly Day[]): Month[] {
  const months: Month[] = [];
  for (const day of days) {
    const month = day.date.slice(0, 7);
    let last = months[months.length - 1];
    if (last?.month !== month) {
      last = { month, days: [], incidentCount: 0 };
      months.push(last);
    }
    last.days.push(day);
    last.incidentCount += day.incidents.length;
  }
  return months;
}
