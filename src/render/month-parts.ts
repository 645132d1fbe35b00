/**
 * A month whose list of incidents is too heavy for one page is split, by
 * measured weight, never by a count: into its weeks (days 1–7, 8–14, 15–21,
 * 22–28 and 29 to the end), a week still too heavy into its days, and a day
 * still too heavy into numbered parts. The month's page then lists its days,
 * each linked to the page that holds it. Paths name the days they hold:
 * `08-14/`, `15/`, `15/2/`.
 */
import { daysInMonth } from "../model/calendar.ts";
import type { Day, Month } from "../model/types.ts";
import { formatDay, formatMonth } from "../present/format-date.ts";

/** A page of a split month, before it is linked to the pages around it. */
export interface PartDraft {
  /** Site-relative: `history/2026/10/08-14/`, `history/2026/10/15/`, `history/2026/10/15/2/`. */
  path: string;
  /** "8–14 October 2026", "Thursday 15 October 2026", "Thursday 15 October 2026, part 2 of 3". */
  title: string;
  /** Newest first, only days with incidents; a part of a day holds some of that day's incidents. */
  days: Day[];
}

/** A page of a split month, with the pages before and after it in the same month. */
export interface MonthPart extends PartDraft {
  incidentCount: number;
  older: { title: string; path: string } | null;
  newer: { title: string; path: string } | null;
}

/**
 * The pages of `month` (its page at `monthPath`), the largest that `fits`,
 * newest first. A single incident always gets a page, whatever it weighs.
 */
export function splitMonth(
  month: Month,
  monthPath: string,
  fits: (part: PartDraft) => boolean,
): MonthPart[] {
  const busy = month.days.filter((d) => d.incidents.length > 0);
  const drafts: PartDraft[] = [];
  for (const [first, last] of weeks(month.month).toReversed()) {
    const days = busy.filter((d) => dayOf(d) >= first && dayOf(d) <= last);
    if (days.length === 0) continue;
    const week: PartDraft = {
      // A week of one day (29 February) is that day's page.
      path: `${monthPath}${pad(first)}${first === last ? "" : `-${pad(last)}`}/`,
      title: `${first === last ? first : `${first}–${last}`} ${formatMonth(month.month)}`,
      days,
    };
    if (fits(week)) drafts.push(week);
    else
      for (const day of days)
        drafts.push(...splitDay(day, `${monthPath}${pad(dayOf(day))}/`, fits));
  }
  return drafts.map((draft, index) => {
    const newer = drafts[index - 1];
    const older = drafts[index + 1];
    return {
      ...draft,
      incidentCount: draft.days.reduce((sum, d) => sum + d.incidents.length, 0),
      older: older ? { title: older.title, path: older.path } : null,
      newer: newer ? { title: newer.title, path: newer.path } : null,
    };
  });
}

/** A day as one page if it fits, else in halves until each fits, numbered from the day's own page. */
function splitDay(day: Day, dayPath: string, fits: (part: PartDraft) => boolean): PartDraft[] {
  const whole: PartDraft = { path: dayPath, title: formatDay(day.date), days: [day] };
  if (fits(whole)) return [whole];
  const chunks = halves(day.incidents, (incidents) =>
    fits({
      ...whole,
      title: `${whole.title}, part 1 of 2`,
      days: [{ date: day.date, incidents: [...incidents] }],
    }),
  );
  return chunks.map((incidents, index) => ({
    path: index === 0 ? dayPath : `${dayPath}${index + 1}/`,
    title: `${whole.title}, part ${index + 1} of ${chunks.length}`,
    days: [{ date: day.date, incidents }],
  }));
}

function halves<T>(list: readonly T[], fits: (part: readonly T[]) => boolean): T[][] {
  if (list.length <= 1 || fits(list)) return [[...list]];
  const middle = Math.ceil(list.length / 2);
  return [...halves(list.slice(0, middle), fits), ...halves(list.slice(middle), fits)];
}

/** The first and last day of each week of a month: 1–7, 8–14, 15–21, 22–28, 29 to the end. */
function weeks(month: string): [number, number][] {
  const end = daysInMonth(month);
  const ranges: [number, number][] = [];
  for (let first = 1; first <= end; first += 7) ranges.push([first, Math.min(first + 6, end)]);
  return ranges;
}

function dayOf(day: Day): number {
  return Number(day.date.slice(8, 10));
}

function pad(day: number): string {
  return String(day).padStart(2, "0");
}
