import { weekday } from "../../src/model/calendar.ts";
import type { IncidentImpact } from "../../src/model/types.ts";
import { formatDay, formatMonth } from "../../src/present/format-date.ts";
import { count, impactLabel, TONES } from "../../src/present/labels.ts";
import type { YearDay, YearMonth } from "../../src/render/years.ts";
import type { To } from "./data.ts";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** What a day of a calendar says to a screen reader: "Friday 10 June 2022: 2 incidents, worst: major impact". */
export function dayText(day: YearDay): string {
  const what =
    day.worst === null
      ? "no incidents"
      : `${count(day.incidentCount, "incident")}, worst: ${impactLabel(day.worst).toLowerCase()}`;
  return `${formatDay(day.date)}: ${what}`;
}

/** The class that colours a day: `cal-quiet` without incidents, else the tone of its worst impact. */
export function dayClass(worst: IncidentImpact | null): string {
  return worst === null ? "cal-quiet" : `solid-${TONES[worst]}`;
}

/**
 * A month as a grid of weeks from Monday, each day coloured by its worst
 * impact; a day with incidents links to that day on the month's page. The
 * grid is a list: each day's number is for the eye, its full text for
 * screen readers.
 */
export function MonthCalendar({ month, to }: { month: YearMonth; to: To }) {
  const name = formatMonth(month.month);
  const first = month.days[0];
  // Monday is column 1.
  const column = first ? ((weekday(first.date) + 6) % 7) + 1 : 1;
  return (
    <section class="cal-month" aria-labelledby={`month-${month.month}`}>
      <h2 id={`month-${month.month}`}>
        <a href={to(month.path)}>{name}</a>
      </h2>
      <p class="quiet">{count(month.incidentCount, "incident")}</p>
      <div class="cal-head" aria-hidden="true">
        {WEEKDAYS.map((d) => (
          <span>{d.slice(0, 2)}</span>
        ))}
      </div>
      <ol class={`cal col-${column}`} aria-label={name}>
        {month.days.map((day) => {
          const number = <span aria-hidden="true">{Number(day.date.slice(8, 10))}</span>;
          const said = <span class="sr">{dayText(day)}</span>;
          return (
            <li class={dayClass(day.worst)}>
              {day.incidentCount > 0 ? (
                <a href={`${to(month.path)}#day-${day.date}`}>
                  {number}
                  {said}
                </a>
              ) : (
                <>
                  {number}
                  {said}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
