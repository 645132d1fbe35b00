import type { Incident } from "../../src/model/types.ts";
import { formatDuration, formatTime, formatTimeOn } from "../../src/present/format-date.ts";

/**
 * When an incident happened, under the day it started: "05:23–09:10 UTC (3 h 47 min)",
 * "19:30 UTC until Tue 7 June 00:00 UTC (4 h 30 min)", "since 05:23 UTC, ongoing".
 */
export function When({ incident }: { incident: Incident }) {
  const day = incident.start.slice(0, 10);
  const start = <time dateTime={incident.start}>{formatTime(incident.start)}</time>;
  if (incident.end === null) return <span class="when">since {start}, ongoing</span>;
  const end = <time dateTime={incident.end}>{formatTimeOn(incident.end, day)}</time>;
  const sameDay = incident.end.slice(0, 10) === day;
  return (
    <span class="when">
      {start}
      {sameDay ? " to " : " until "}
      {end}
      {incident.durationSeconds !== null && ` (${formatDuration(incident.durationSeconds)})`}
    </span>
  );
}
