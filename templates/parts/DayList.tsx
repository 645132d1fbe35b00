import type { Day, Site, UtcDateTime } from "../../src/model/types.ts";
import { formatDay, formatDaysOfMonth } from "../../src/present/format-date.ts";
import type { To } from "./data.ts";
import { IncidentItem } from "./IncidentItem.tsx";

export interface DayListProps {
  site: Site;
  days: readonly Day[];
  /** The build's time. */
  now: UtcDateTime;
  to: To;
  /** The heading level of each day. */
  level: 2 | 3;
  /** Leaves out days without incidents (archives of one component or zone). */
  skipQuiet?: boolean;
  /** Heads each run of two or more days without incidents once: "1–9 June 2022". */
  collapseQuiet?: boolean;
  /** Incidents of these days not listed, and the page where they are. */
  omitted?: { count: number; path: string } | undefined;
}

/** Days newest first, each headed "Friday 10 June 2022", with its incidents or "No incidents reported." */
export function DayList({
  site,
  days,
  now,
  to,
  level,
  skipQuiet = false,
  collapseQuiet = false,
  omitted,
}: DayListProps) {
  const Heading = `h${level}` as const;
  return (
    <>
      {runs(days, collapseQuiet).map((day) =>
        "quiet" in day ? (
          <section class="day" aria-labelledby={`days-${day.quiet[0]!.date}`}>
            <Heading id={`days-${day.quiet[0]!.date}`}>
              {formatDaysOfMonth(day.quiet.at(-1)!.date, day.quiet[0]!.date)}
            </Heading>
            <p class="quiet">No incidents reported.</p>
          </section>
        ) : skipQuiet && day.incidents.length === 0 ? null : (
          <section class="day" aria-labelledby={`day-${day.date}`}>
            <Heading id={`day-${day.date}`}>
              <time dateTime={day.date}>{formatDay(day.date)}</time>
            </Heading>
            {day.incidents.length === 0 ? (
              <p class="quiet">No incidents reported.</p>
            ) : (
              day.incidents.map((incident) => (
                <IncidentItem
                  site={site}
                  incident={incident}
                  now={now}
                  to={to}
                  level={level === 2 ? 3 : 4}
                />
              ))
            )}
          </section>
        ),
      )}
      {omitted && (
        <p class="more">
          <a href={to(omitted.path)}>
            {omitted.count === 1
              ? "1 earlier incident of these days"
              : `${omitted.count} earlier incidents of these days`}
          </a>{" "}
          in the history
        </p>
      )}
    </>
  );
}

/** The days, with each run of two or more quiet days as one `{ quiet }` when `collapse` is set. */
function runs(days: readonly Day[], collapse: boolean): (Day | { quiet: Day[] })[] {
  if (!collapse) return [...days];
  const out: (Day | { quiet: Day[] })[] = [];
  let quiet: Day[] = [];
  const flush = () => {
    if (quiet.length > 1) out.push({ quiet });
    else out.push(...quiet);
    quiet = [];
  };
  for (const day of days) {
    if (day.incidents.length === 0) quiet.push(day);
    else {
      flush();
      out.push(day);
    }
  }
  flush();
  return out;
}
