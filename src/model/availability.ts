/**
 * Availability computed from incidents alone, in whole minutes, as of an
 * injected `now`: what an uptime bar, a monthly figure, `uptime.json` and the
 * badges show. See docs/site.md ("Availability") for the rules and a worked
 * example.
 */
import { addDays, epochMs } from "./calendar.ts";
import { byStartDescending } from "./history.ts";
import { isMaintenance } from "./incident.ts";
import type { Component, History, Incident, IncidentImpact, UtcDateTime } from "./types.ts";

/** Days in an uptime bar, today included. */
export const UPTIME_DAYS = 90;

/** Months of monthly availability, the current one included. */
export const UPTIME_MONTHS = 12;

/**
 * Tenths of an incident's time that count as downtime: a critical incident
 * (major outage) fully, a major one (partial outage) at 30 %, a minor one
 * (degraded performance), one without impact and maintenance not at all.
 */
export const DOWNTIME_TENTHS: Record<IncidentImpact, number> = {
  critical: 10,
  major: 3,
  minor: 0,
  none: 0,
  maintenance: 0,
};

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Downtime over some tracked time; no tracked time means no data. */
export interface Downtime {
  downtimeMinutes: number;
  /** 1,440 a day, the minutes up to now today, 0 on a day without data. */
  trackedMinutes: number;
}

export interface DayUptime extends Downtime {
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  /** The incidents of the scope open at some time of the day up to now, newest start first. */
  incidents: Incident[];
}

export interface MonthUptime extends Downtime {
  /** `YYYY-MM`. */
  month: string;
}

/** The availability of one component, one zone or the whole site. */
export interface Uptime extends Downtime {
  /** The `UPTIME_DAYS` days that end today, oldest first; the totals above are theirs. */
  days: DayUptime[];
  /** The `UPTIME_MONTHS` months that end with the current one, newest first. */
  months: MonthUptime[];
}

/** Every figure of a site: the whole, each component that shows a bar, each zone. */
export interface SiteUptime {
  overall: Uptime;
  /** By component name, in site.yml order; components declared with `uptime: false` are left out. */
  components: Map<string, Uptime>;
  /** By zone id, in site.yml order. */
  zones: Map<string, Uptime>;
}

/**
 * The availability of a history's components, zones and the whole. Data
 * starts on the day of the oldest incident (and, for a component, not before
 * its `since`): earlier days have no data rather than a perfect score.
 */
export function siteUptime(history: History): SiteUptime {
  let figures = computed.get(history);
  if (!figures) computed.set(history, (figures = computeSiteUptime(history)));
  return figures;
}

// Pages, uptime.json and badges all read the same figures: computed once per history.
const computed = new WeakMap<History, SiteUptime>();

function computeSiteUptime(history: History): SiteUptime {
  const { site, incidents, now } = history;
  const first = incidents.at(-1)?.start.slice(0, 10) ?? null;
  const startOf = (component: Component) =>
    first === null || component.since === null || component.since < first ? first : component.since;
  return {
    overall: uptime(incidents, first, now),
    components: new Map(
      site.components
        .filter((c) => c.uptime)
        .map((c) => [
          c.name,
          uptime(
            incidents.filter((i) => i.components.includes(c.name)),
            startOf(c),
            now,
          ),
        ]),
    ),
    zones: new Map(
      site.zones.map((z) => [
        z.id,
        uptime(
          incidents.filter((i) => i.zones.includes(z.id)),
          first,
          now,
        ),
      ]),
    ),
  };
}

/**
 * The availability over the last days and months of a set of incidents, with
 * data from the day `from` (`YYYY-MM-DD`; null for none). Overlapping
 * incidents merge: at any moment the worst one open counts, once. An incident
 * without an end counts up to `now`.
 */
export function uptime(
  incidents: readonly Incident[],
  from: string | null,
  now: UtcDateTime,
): Uptime {
  const today = now.slice(0, 10);
  const nowMs = epochMs(now);
  const firstBarDay = addDays(today, -(UPTIME_DAYS - 1));
  const firstMonthDay = `${monthsBefore(today.slice(0, 7), UPTIME_MONTHS - 1)}-01`;
  const firstDay = firstBarDay < firstMonthDay ? firstBarDay : firstMonthDay;
  // Model times sort as text: an end on or after `firstDay` is not less than it.
  const open = incidents.filter((i) => i.start <= now && (i.end === null || i.end >= firstDay));
  const weighted = weightedSecondsByDay(open, epochMs(firstDay), nowMs);
  // Each incident's times in milliseconds, read once rather than once a day.
  const spans = open.map((incident) => ({
    incident,
    start: epochMs(incident.start),
    end: incident.end === null ? nowMs : Math.min(epochMs(incident.end), nowMs),
  }));
  const days: DayUptime[] = [];
  for (let date = firstDay; date <= today; date = addDays(date, 1)) {
    const dayMs = epochMs(date);
    const tracked =
      from === null || date < from
        ? 0
        : date === today
          ? Math.round((nowMs - dayMs) / MINUTE_MS)
          : 1440;
    days.push({
      date,
      trackedMinutes: tracked,
      downtimeMinutes: tracked === 0 ? 0 : Math.round((weighted.get(date) ?? 0) / 600),
      incidents: spans
        .filter((span) => overlapsDay(span, dayMs))
        .map((span) => span.incident)
        .sort(byStartDescending),
    });
  }
  const bar = days.filter((d) => d.date >= firstBarDay);
  const months: MonthUptime[] = [];
  for (let n = 0; n < UPTIME_MONTHS; n++) {
    const month = monthsBefore(today.slice(0, 7), n);
    months.push({ month, ...total(days.filter((d) => d.date.startsWith(month))) });
  }
  return { days: bar, months, ...total(bar) };
}

/**
 * Availability in thousandths of a percent, rounded down so that only a
 * period without downtime reads 100 % (99.953 % is 99953); null without data.
 */
export function availabilityMilli({ downtimeMinutes, trackedMinutes }: Downtime): number | null {
  if (trackedMinutes === 0) return null;
  return Math.floor((100_000 * (trackedMinutes - downtimeMinutes)) / trackedMinutes);
}

/**
 * Seconds of downtime times their weight in tenths, for each day from
 * `fromMs` to `nowMs`: the incidents' spans are merged so that at each moment
 * only the heaviest open incident counts.
 */
function weightedSecondsByDay(
  incidents: readonly Incident[],
  fromMs: number,
  nowMs: number,
): Map<string, number> {
  const events: [at: number, weight: number, delta: 1 | -1][] = [];
  for (const incident of incidents) {
    // A maintenance never counts, whatever impact it declares (an imported one keeps Statuspage's).
    const weight = isMaintenance(incident) ? 0 : DOWNTIME_TENTHS[incident.impact];
    const start = Math.max(epochMs(incident.start), fromMs);
    const end = Math.min(incident.end === null ? nowMs : epochMs(incident.end), nowMs);
    if (weight === 0 || end <= start) continue;
    events.push([start, weight, 1], [end, weight, -1]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const openByWeight = new Map<number, number>();
  const byDay = new Map<string, number>();
  let last = fromMs;
  for (const [at, weight, delta] of events) {
    const heaviest = Math.max(0, ...[...openByWeight].filter(([, n]) => n > 0).map(([w]) => w));
    if (heaviest > 0) addSpan(byDay, last, at, heaviest);
    openByWeight.set(weight, (openByWeight.get(weight) ?? 0) + delta);
    last = at;
  }
  return byDay;
}

/** Adds `weight` × the seconds from `startMs` to `endMs` to each day they cross. */
function addSpan(byDay: Map<string, number>, startMs: number, endMs: number, weight: number): void {
  for (let at = startMs; at < endMs;) {
    const dayStart = at - (at % DAY_MS);
    const until = Math.min(endMs, dayStart + DAY_MS);
    const date = new Date(dayStart).toISOString().slice(0, 10);
    byDay.set(date, (byDay.get(date) ?? 0) + (weight * (until - at)) / 1000);
    at = until;
  }
}

function overlapsDay({ start, end }: { start: number; end: number }, dayMs: number): boolean {
  return start < dayMs + DAY_MS && (end > dayMs || start >= dayMs);
}

function total(days: readonly Downtime[]): Downtime {
  let downtimeMinutes = 0;
  let trackedMinutes = 0;
  for (const day of days) {
    downtimeMinutes += day.downtimeMinutes;
    trackedMinutes += day.trackedMinutes;
  }
  return { downtimeMinutes, trackedMinutes };
}

/** The `YYYY-MM` month `n` months before `month`. */
function monthsBefore(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}
