/**
 * The year pages of the history: each month of a year as a calendar of days
 * coloured by their worst impact, computed in one pass over the months so a
 * long history costs no more than its days.
 */
import type { IncidentImpact, Month } from "../model/types.ts";
import { paths } from "../model/urls.ts";

/** A day of a year's calendar: how many incidents started on it and the worst of their impacts. */
export interface YearDay {
  /** `YYYY-MM-DD`. */
  date: string;
  incidentCount: number;
  /** Null for a day without incidents. */
  worst: IncidentImpact | null;
}

/** A month of a year's calendar, its days oldest first, linked to its page. */
export interface YearMonth {
  /** `YYYY-MM`. */
  month: string;
  path: string;
  incidentCount: number;
  days: YearDay[];
}

/** Two or more months in a row without incidents, shown as one line: `from` and `to` are `YYYY-MM`. */
export interface QuietMonths {
  from: string;
  to: string;
}

/** One year of the history, January first, with the years around it. */
export interface YearPage {
  /** `YYYY`. */
  year: string;
  path: string;
  incidentCount: number;
  /** Its months in the history, oldest first, runs of quiet months as one entry. */
  months: (YearMonth | QuietMonths)[];
  older: { year: string; path: string } | null;
  newer: { year: string; path: string } | null;
}

/**
 * How bad a day looks: its worst impact, maintenance ranked below any impact
 * that hurts readers but above an incident declared without one.
 */
const RANK: Record<IncidentImpact, number> = {
  none: 0,
  maintenance: 1,
  minor: 2,
  major: 3,
  critical: 4,
};

/** Every year of the history's months (newest first), newest first. */
export function yearPages(months: readonly Month[]): YearPage[] {
  const byYear = new Map<string, YearMonth[]>();
  for (const month of months) {
    const year = month.month.slice(0, 4);
    const list = byYear.get(year) ?? [];
    if (list.length === 0) byYear.set(year, list);
    list.push(yearMonth(month));
  }
  const years = [...byYear.keys()];
  return years.map((year, index) => {
    const list = byYear.get(year)!.toReversed();
    const newer = years[index - 1];
    const older = years[index + 1];
    return {
      year,
      path: paths.year(year),
      incidentCount: list.reduce((sum, m) => sum + m.incidentCount, 0),
      months: collapseQuiet(list),
      older: older ? { year: older, path: paths.year(older) } : null,
      newer: newer ? { year: newer, path: paths.year(newer) } : null,
    };
  });
}

function yearMonth(month: Month): YearMonth {
  return {
    month: month.month,
    path: paths.month(month.month),
    incidentCount: month.incidentCount,
    days: month.days.toReversed().map((day) => {
      let worst: IncidentImpact | null = null;
      for (const { impact } of day.incidents)
        if (worst === null || RANK[impact] > RANK[worst]) worst = impact;
      return { date: day.date, incidentCount: day.incidents.length, worst };
    }),
  };
}

/** The months, with each run of two or more without incidents as one `QuietMonths`. */
function collapseQuiet(months: readonly YearMonth[]): (YearMonth | QuietMonths)[] {
  const out: (YearMonth | QuietMonths)[] = [];
  let quiet: YearMonth[] = [];
  const flush = () => {
    if (quiet.length > 1) out.push({ from: quiet[0]!.month, to: quiet.at(-1)!.month });
    else out.push(...quiet);
    quiet = [];
  };
  for (const month of months) {
    if (month.incidentCount === 0) quiet.push(month);
    else {
      flush();
      out.push(month);
    }
  }
  flush();
  return out;
}
