import type { MonthPage } from "../../src/render/views.ts";
import { formatMonth } from "../../src/present/format-date.ts";
import { count } from "../../src/present/labels.ts";
import type { To } from "./data.ts";

/** Every month of an archive, newest first, with its number of incidents. */
export function MonthIndex({ months, to }: { months: readonly MonthPage[]; to: To }) {
  return (
    <ul class="month-index">
      {months.map(({ month, path }) => (
        <li>
          <a href={to(path)}>{formatMonth(month.month)}</a>
          {": "}
          {count(month.incidentCount, "incident")}
        </li>
      ))}
    </ul>
  );
}
