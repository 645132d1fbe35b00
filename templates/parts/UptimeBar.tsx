import type { Uptime } from "../../src/model/availability.ts";
import { paths } from "../../src/model/urls.ts";
import { formatDay, formatDuration } from "../../src/present/format-date.ts";
import { dayLevel, formatAvailability } from "../../src/present/uptime.ts";
import type { To } from "./data.ts";

/** Incidents named in a day's cell; more are counted and linked to the day in the history. */
const LISTED = 3;

/**
 * The last 90 days as a row of cells coloured by downtime, with the 90-day
 * availability under it. Each cell is a list item whose text (day, downtime,
 * the incidents open that day, linked) a screen reader reads and a pointer or
 * keyboard shows as a tip, without script.
 */
export function UptimeBar({ uptime, name, to }: { uptime: Uptime; name: string; to: To }) {
  return (
    <div class="uptime">
      <ol class="bar" aria-label={`${name}, last 90 days`}>
        {uptime.days.map((day) => {
          const more = day.incidents.length - LISTED;
          const dayLink = `${to(paths.month(day.date.slice(0, 7)))}#day-${day.date}`;
          return (
            <li class={`up-${dayLevel(day)}`}>
              <span class="tip">
                <strong>{formatDay(day.date)}</strong>
                {": "}
                {day.trackedMinutes === 0
                  ? "no data"
                  : day.downtimeMinutes === 0
                    ? "no downtime"
                    : `${formatDuration(day.downtimeMinutes * 60)} of downtime`}
                {day.incidents.slice(0, LISTED).map((incident, index) => (
                  <>
                    {index === 0 ? "; " : ", "}
                    <a href={to(paths.incident(incident.id))}>{incident.title}</a>
                  </>
                ))}
                {more > 0 && (
                  <>
                    {" and "}
                    <a href={dayLink}>{more === 1 ? "1 more" : `${more} more`}</a>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <p class="uptime-figure">{formatAvailability(uptime)} available over the last 90 days</p>
    </div>
  );
}
