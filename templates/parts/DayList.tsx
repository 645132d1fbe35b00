import type { Day, Site, UtcDateTime } from "../../src/model/types.ts";
import { formatDay } from "../../src/present/format-date.ts";
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
  /** Incidents of these days not listed, and the page where they are. */
  omitted?: { count: number; path: string } | undefined;
}

/** Days newest first, each headed "Friday 10 June 2022", with its incidents or "No incidents reported." */
export function DayList({ site, days, now, to, level, skipQuiet = false, omitted }: DayListProps) {
  const Heading = `h${level}` as const;
  return (
    <>
      {days.map((day) =>
        skipQuiet && day.incidents.length === 0 ? null : (
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
