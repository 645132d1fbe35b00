import type { StatuspageComponent, StatuspageIncident, StatuspageResponse } from "./types.ts";

export type ReadResult =
  | {
      ok: true;
      response: StatuspageResponse;
      /** Why parts of the response were left out, such as `incident 2 (`abc`): …`. */
      skipped: string[];
    }
  | { ok: false; reason: string };

/**
 * Recognises a saved Statuspage response: `incidents.json`,
 * `scheduled-maintenances.json`, `summary.json` or a single `{ page, incident }`.
 * An incident or component of an unexpected shape is left out with its reason.
 */
export function readStatuspageResponse(json: unknown): ReadResult {
  if (!isObject(json))
    return { ok: false, reason: "not a Statuspage response (expected a JSON object with `page`)" };
  const incidents: unknown[] = [
    ...(Array.isArray(json.incidents) ? json.incidents : []),
    ...(Array.isArray(json.scheduled_maintenances) ? json.scheduled_maintenances : []),
    ...(isObject(json.incident) ? [json.incident] : []),
  ];
  const components = Array.isArray(json.components) ? json.components : [];
  if (incidents.length === 0 && components.length === 0 && !isObject(json.page))
    return {
      ok: false,
      reason:
        "not a Statuspage response (expected `incidents`, `scheduled_maintenances`, `incident` or `components`)",
    };
  const skipped: string[] = [];
  if (json.components !== undefined && !Array.isArray(json.components))
    skipped.push(`\`components\` is ${describe(json.components)}, expected a list`);
  const valid: StatuspageIncident[] = [];
  incidents.forEach((incident, n) => {
    const problem = incidentProblem(incident);
    if (problem === null) valid.push(incident as StatuspageIncident);
    else {
      const id =
        isObject(incident) && typeof incident.id === "string" ? ` (\`${incident.id}\`)` : "";
      skipped.push(`incident ${n + 1}${id}: ${problem}`);
    }
  });
  return {
    ok: true,
    response: {
      page: isObject(json.page) ? (json.page as StatuspageResponse["page"]) : null,
      incidents: valid,
      components: components.filter(isComponent),
    },
    skipped,
  };
}

const INCIDENT_TIMES = [
  "updated_at",
  "started_at",
  "resolved_at",
  "scheduled_for",
  "scheduled_until",
] as const;

/** What is wrong with an incident's shape, or null when the importer can read it. */
function incidentProblem(value: unknown): string | null {
  if (
    !isObject(value) ||
    typeof value.id !== "string" ||
    typeof value.name !== "string" ||
    typeof value.created_at !== "string" ||
    !Array.isArray(value.incident_updates)
  )
    return "lacks `id`, `name`, `created_at` or `incident_updates`";
  for (const key of ["status", "impact"] as const)
    if (value[key] !== undefined && typeof value[key] !== "string")
      return `\`${key}\` is ${describe(value[key])}, expected a string`;
  for (const key of INCIDENT_TIMES)
    if (!isOptionalString(value[key]))
      return `\`${key}\` is ${describe(value[key])}, expected a time`;
  const updates: unknown[] = value.incident_updates;
  for (const [n, update] of updates.entries()) {
    const problem = updateProblem(update);
    if (problem !== null) return `update ${n + 1} ${problem}`;
  }
  if (value.components !== undefined && value.components !== null) {
    if (!Array.isArray(value.components))
      return `\`components\` is ${describe(value.components)}, expected a list`;
    if (!value.components.every(isComponent))
      return "`components` holds an entry without a string `id` and `name`";
  }
  return null;
}

function updateProblem(update: unknown): string | null {
  if (!isObject(update)) return `is ${describe(update)}, expected an object`;
  if (typeof update.status !== "string")
    return `has \`status\` ${describe(update.status)}, expected a string`;
  if (!isOptionalString(update.body))
    return `has \`body\` ${describe(update.body)}, expected a string or null`;
  if (typeof update.created_at !== "string")
    return `has \`created_at\` ${describe(update.created_at)}, expected a time`;
  if (!isOptionalString(update.display_at))
    return `has \`display_at\` ${describe(update.display_at)}, expected a time`;
  const affected = update.affected_components;
  if (
    affected !== undefined &&
    affected !== null &&
    !(Array.isArray(affected) && affected.every((c) => isObject(c) && typeof c.name === "string"))
  )
    return "has `affected_components` that is not a list of `{ name }`";
  if (update.id !== undefined && typeof update.id !== "string")
    return `has \`id\` ${describe(update.id)}, expected a string`;
  return null;
}

function isComponent(value: unknown): value is StatuspageComponent {
  return isObject(value) && typeof value.id === "string" && typeof value.name === "string";
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === "string";
}

/** A JSON value in a few words, for messages: `3`, `"x"`, an object. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (isObject(value)) return "an object";
  if (value === undefined) return "missing";
  return `\`${JSON.stringify(value)}\``;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
