/**
 * A small client written against the public Statuspage API (v2), the way
 * dashboards and chat bots read it: its own types and its own lists of known
 * values, nothing imported from Statusmark. It throws on a missing field, a
 * wrong type or an unknown enum value, as a strict client would.
 */

const INDICATORS = ["none", "minor", "major", "critical", "maintenance"];
const COMPONENT_STATUSES = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
];
const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved", "postmortem"];
const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "verifying", "completed"];
const IMPACTS = ["none", "minor", "major", "critical", "maintenance"];

export interface Reading {
  page: { name: string; url: string; updatedAt: string };
  indicator?: { indicator: string; description: string };
  components?: { name: string; group: string | null; status: string }[];
  incidents?: IncidentReading[];
  maintenances?: MaintenanceReading[];
}

export interface IncidentReading {
  name: string;
  status: string;
  impact: string;
  link: string;
  createdAt: string;
  resolvedAt: string | null;
  components: string[];
  /** Newest first, as the API lists them. */
  updates: { status: string; at: string; body: string }[];
}

export interface MaintenanceReading extends IncidentReading {
  from: string;
  until: string | null;
}

type Json = Record<string, unknown>;

/** Reads any v2 response: the keys that are present decide what is read. */
export function readStatuspage(response: unknown): Reading {
  const root = object(response, "response");
  const page = object(root.page, "page");
  const reading: Reading = {
    page: { name: string(page.name), url: url(page.url), updatedAt: time(page.updated_at) },
  };
  if ("status" in root) {
    const status = object(root.status, "status");
    reading.indicator = {
      indicator: oneOf(status.indicator, INDICATORS),
      description: string(status.description),
    };
  }
  if ("components" in root) {
    const list = array(root.components).map((c) => object(c, "component"));
    const groups = new Map(list.filter((c) => c.group === true).map((c) => [c.id, c.name]));
    reading.components = list
      .filter((c) => boolean(c.group) === false)
      .map((c) => ({
        name: string(c.name),
        group: c.group_id === null ? null : string(groups.get(string(c.group_id))),
        status: oneOf(c.status, COMPONENT_STATUSES),
      }));
  }
  if ("incidents" in root) {
    reading.incidents = array(root.incidents).map((i) => readIncident(object(i, "incident")));
  }
  if ("scheduled_maintenances" in root) {
    reading.maintenances = array(root.scheduled_maintenances).map((m) => {
      const json = object(m, "scheduled maintenance");
      return {
        ...readIncident(json, MAINTENANCE_STATUSES),
        from: time(json.scheduled_for),
        until: json.scheduled_until === null ? null : time(json.scheduled_until),
      };
    });
  }
  return reading;
}

function readIncident(json: Json, statuses?: string[]): IncidentReading {
  const known =
    statuses ?? (json.impact === "maintenance" ? MAINTENANCE_STATUSES : INCIDENT_STATUSES);
  string(json.id);
  string(json.page_id);
  nullableTime(json.monitoring_at);
  time(json.updated_at);
  time(json.started_at);
  return {
    name: string(json.name),
    status: oneOf(json.status, known),
    impact: oneOf(json.impact, IMPACTS),
    link: url(json.shortlink),
    createdAt: time(json.created_at),
    resolvedAt: nullableTime(json.resolved_at),
    components: array(json.components).map((c) => string(object(c, "component").name)),
    updates: array(json.incident_updates).map((u) => {
      const update = object(u, "incident update");
      string(update.id);
      string(update.incident_id);
      time(update.created_at);
      return {
        status: oneOf(update.status, known),
        at: time(update.display_at),
        body: string(update.body),
      };
    }),
  };
}

function object(value: unknown, what: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new TypeError(`expected ${what} to be an object`);
  return value as Json;
}

function array(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`expected an array, got ${typeof value}`);
  return value;
}

function string(value: unknown): string {
  if (typeof value !== "string") throw new TypeError(`expected a string, got ${typeof value}`);
  return value;
}

function boolean(value: unknown): boolean {
  if (typeof value !== "boolean") throw new TypeError(`expected a boolean, got ${typeof value}`);
  return value;
}

function oneOf(value: unknown, known: string[]): string {
  if (!known.includes(string(value))) throw new RangeError(`unknown value ${String(value)}`);
  return value as string;
}

function url(value: unknown): string {
  return new URL(string(value)).href;
}

/** A time as `Date.toISOString` gives it, whatever offset the API wrote. */
function time(value: unknown): string {
  const date = new Date(string(value));
  if (Number.isNaN(date.getTime())) throw new RangeError(`invalid time ${String(value)}`);
  return date.toISOString();
}

function nullableTime(value: unknown): string | null {
  return value === null ? null : time(value);
}
