/**
 * The typed model: the single source of truth that validation produces and
 * every renderer and emitter reads. Times are ISO 8601 UTC strings
 * (`2022-06-10T05:23:00Z`), which sort lexicographically in time order and
 * serialise as they are.
 */
import type { CurrentStatus } from "./status.ts";
import type { UpdateStatus } from "./update-status.ts";

/** Impacts an operator may write in `impact:`, from least to most severe. */
export const IMPACTS = ["none", "minor", "major", "critical"] as const;
export type Impact = (typeof IMPACTS)[number];

/** What the model records: an incident's impact, or `maintenance` for a scheduled window. */
export const INCIDENT_IMPACTS = [...IMPACTS, "maintenance"] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];

/** The frontmatter keys of an incident file, in the order the docs list them. */
export const FRONTMATTER_KEYS = [
  "component",
  "zone",
  "start",
  "end",
  "scheduled",
  "retroactive",
  "impact",
  "id",
] as const;
export type FrontmatterKey = (typeof FRONTMATTER_KEYS)[number];

declare const utc: unique symbol;

/**
 * An ISO 8601 UTC date-time with a `Z`, seconds included
 * (`2022-06-10T05:23:00Z`). Branded: only the parsers and `utcDateTime()`
 * make one, so a local or unparsed time cannot be passed for it.
 */
export type UtcDateTime = string & { readonly [utc]: true };

export interface Component {
  name: string;
  slug: string;
  description: string | null;
  group: string | null;
  /** The first day (`YYYY-MM-DD`) its availability counts from; null for the history's first. */
  since: string | null;
  /** Whether it shows an uptime bar, an uptime badge and figures in `uptime.json`. */
  uptime: boolean;
  /** The id api/v2 gives it (a Statuspage id kept from an import); null for a derived one. */
  statuspageId: string | null;
  /** Whether api/v2 marks it `showcase`: true unless site.yml says `showcase: false`. */
  showcase: boolean;
}

export interface Zone {
  id: string;
  name: string;
}

export interface Site {
  title: string;
  /** Absolute base URL ending in `/`. */
  url: string;
  description: string | null;
  components: Component[];
  zones: Zone[];
  /** A file beside site.yml shown in the header, copied to the site as it is. */
  logo: string | null;
  /** The operator's own site, linked from the header. */
  homeUrl: string | null;
  /** Where readers get help, linked from every page. */
  supportUrl: string | null;
}

export interface Update {
  /** When it was posted; null for an `EDIT:` written without a time. */
  at: UtcDateTime | null;
  /** The stage it marks: its label, else derived from the updates before it. */
  status: UpdateStatus;
  /** True when no label gave the status and it was derived. */
  statusDerived: boolean;
  /** The update's markdown as the operator wrote it, without the `EDIT … UTC:` marker and label. */
  text: string;
  /** Sanitised HTML rendered from `text`. */
  html: string;
}

export interface Incident {
  /** The file name without `.md`: `YYYY-MM-DD-slug`. */
  id: string;
  title: string;
  components: string[];
  zones: string[];
  start: UtcDateTime;
  /** Null while the incident is ongoing. */
  end: UtcDateTime | null;
  /** When a maintenance was announced; null for an incident. */
  scheduled: UtcDateTime | null;
  retroactive: boolean;
  impact: IncidentImpact;
  /** The id api/v2 gives it (a Statuspage id kept from an import); null for a derived one. */
  statuspageId: string | null;
  /** The initial post first (dated at `start`), then each `EDIT` in order. */
  updates: Update[];
  /** From start to end; null while ongoing. */
  durationSeconds: number | null;
}

export interface Day {
  /** `YYYY-MM-DD` in UTC. */
  date: string;
  /** Incidents that started that day: newest start first, ties by id. */
  incidents: Incident[];
}

/** One calendar month of the archive. */
export interface Month {
  /** `YYYY-MM`. */
  month: string;
  /** Every day of the month up to the end of the history, newest first. */
  days: Day[];
  incidentCount: number;
}

export interface History {
  /** The build's "now", injected, never read from the clock here. */
  now: UtcDateTime;
  site: Site;
  /** Every incident, newest start first, ties by id. */
  incidents: Incident[];
  /**
   * Every calendar day, newest first: from the first of the oldest incident's
   * month (or a week before now, if earlier) to the later of now and the newest start.
   */
  days: Day[];
  /** The same days grouped by month, newest first. */
  months: Month[];
  /** Components, incidents and maintenance as they stand at `now`. */
  status: CurrentStatus;
}
