import type { MonthPart } from "../../src/render/month-parts.ts";
import { formatDay } from "../../src/present/format-date.ts";
import { count } from "../../src/present/labels.ts";
import type { To } from "./data.ts";

/**
 * The days of a split month with incidents, newest first, each linked to the
 * page that holds it (and to the further parts of a day split in parts).
 * Each row carries the day's `day-YYYY-MM-DD` id, so links to a day of the
 * month land on its row.
 */
export function PartIndex({ parts, to }: { parts: readonly MonthPart[]; to: To }) {
  const days = new Map<string, { incidents: number; parts: MonthPart[] }>();
  for (const part of parts)
    for (const day of part.days) {
      const row = days.get(day.date) ?? { incidents: 0, parts: [] };
      row.incidents += day.incidents.length;
      row.parts.push(part);
      days.set(day.date, row);
    }
  return (
    <ul class="part-index">
      {[...days].map(([date, row]) => (
        <li id={`day-${date}`}>
          <a href={`${to(row.parts[0]!.path)}#day-${date}`}>
            <time dateTime={date}>{formatDay(date)}</time>
          </a>
          {": "}
          {count(row.incidents, "incident")}
          {row.parts.length > 1 &&
            row.parts.slice(1).map((part, index) => (
              <>
                {index === 0 ? ", continued on " : ", "}
                <a href={to(part.path)}>part {index + 2}</a>
              </>
            ))}
        </li>
      ))}
    </ul>
  );
}
