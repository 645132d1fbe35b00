import type { Uptime } from "../../src/model/availability.ts";
import { formatDuration, formatMonth } from "../../src/present/format-date.ts";
import { formatAvailability } from "../../src/present/uptime.ts";
import type { To } from "./data.ts";

/** Availability and downtime of each of the last 12 months, newest first, each linked to its page when it has one. */
export function MonthlyUptime({
  uptime,
  monthPath,
  to,
}: {
  uptime: Uptime;
  /** The page of a month of this archive, or null when it has none. */
  monthPath: (month: string) => string | null;
  to: To;
}) {
  return (
    <table class="monthly">
      <caption>Availability by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Availability</th>
          <th scope="col">Downtime</th>
        </tr>
      </thead>
      <tbody>
        {uptime.months.map((month) => {
          const path = monthPath(month.month);
          return (
            <tr>
              <th scope="row">
                {path === null ? (
                  formatMonth(month.month)
                ) : (
                  <a href={to(path)}>{formatMonth(month.month)}</a>
                )}
              </th>
              <td>{formatAvailability(month)}</td>
              <td>
                {month.trackedMinutes === 0 ? "–" : formatDuration(month.downtimeMinutes * 60)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
