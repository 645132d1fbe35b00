import type { StatuspageIncident, StatuspageResponse } from "./types.ts";

export type ReadResult = { ok: true; response: StatuspageResponse } | { ok: false; reason: string };

/**
 * Recognises a saved Statuspage response: `incidents.json`,
 * `scheduled-maintenances.json`, `summary.json` or a single `{ page, incident }`.
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
  const bad = incidents.findIndex((i) => !isIncident(i));
  if (bad !== -1)
    return {
      ok: false,
      reason: `incident ${bad + 1} lacks \`id\`, \`name\`, \`created_at\` or \`incident_updates\``,
    };
  return {
    ok: true,
    response: {
      page: isObject(json.page) ? (json.page as StatuspageResponse["page"]) : null,
      incidents: incidents as StatuspageIncident[],
      components: components.filter(
        (c): c is StatuspageResponse["components"][number] =>
          isObject(c) && typeof c.id === "string" && typeof c.name === "string",
      ),
    },
  };
}

function isIncident(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === "string" &&
    typeof value.name === "string" &&
    typeof value.created_at === "string" &&
    Array.isArray(value.incident_updates)
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
