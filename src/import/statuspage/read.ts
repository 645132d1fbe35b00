import type { Static, TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import {
  SavedComponentSchema,
  SavedIncidentSchema,
  SavedPageSchema,
  SavedResponseSchema,
  type SavedComponent,
  type SavedIncident,
  type SavedPage,
} from "../../statuspage/schema.ts";
import { shapeProblems, shapeReason } from "./shape-problems.ts";
import { code } from "../../diagnostics/quote.ts";

/** What one saved response holds, whichever endpoint it came from. */
export interface SavedResponse {
  page: SavedPage | null;
  incidents: SavedIncident[];
  components: SavedComponent[];
}

export type ReadResult =
  | {
      ok: true;
      response: SavedResponse;
      /** Why parts of the response were left out, such as `incident 2 (`abc`): …`. */
      skipped: string[];
    }
  | { ok: false; reason: string };

/**
 * Recognises a saved Statuspage response: `incidents.json`,
 * `scheduled-maintenances.json`, `summary.json` or a single `{ page, incident }`.
 * An incident or component that does not match its lenient schema is left
 * out, with the schema's first complaints as the reason.
 */
export function readStatuspageResponse(json: unknown): ReadResult {
  if (!isObject(json))
    return { ok: false, reason: "not a Statuspage response (expected a JSON object with `page`)" };
  const list = (key: string): unknown[] => {
    const value = json[key];
    return Array.isArray(value) ? value : [];
  };
  if (Array.isArray(json.months))
    return {
      ok: false,
      reason:
        "a `history.json` page export, which is not read: it holds a summary of each incident, not its updates, times or components; save `incidents.json` and `scheduled-maintenances.json` from the API instead",
    };
  const incidents = [
    ...list("incidents"),
    ...list("scheduled_maintenances"),
    ...(isObject(json.incident) ? [json.incident] : []),
  ];
  const components = list("components");
  if (incidents.length === 0 && components.length === 0 && !isObject(json.page))
    return {
      ok: false,
      reason:
        "not a Statuspage response (expected `incidents`, `scheduled_maintenances`, `incident` or `components`)",
    };
  // A key of the wrong type (`components` an object) is read as absent.
  const skipped = [...groupByKey(shapeProblems(SavedResponseSchema, json))].map((problems) =>
    shapeReason("", problems),
  );
  return {
    ok: true,
    response: {
      page: Value.Check(SavedPageSchema, json.page) ? json.page : null,
      incidents: entries(SavedIncidentSchema, incidents, "incident", skipped),
      components: entries(SavedComponentSchema, components, "component", skipped),
    },
    skipped,
  };
}

/** The entries that match `schema`; each other one adds its reason to `skipped`. */
function entries<T extends TSchema>(
  schema: T,
  values: readonly unknown[],
  noun: string,
  skipped: string[],
): Static<T>[] {
  const valid: Static<T>[] = [];
  values.forEach((value, n) => {
    if (Value.Check(schema, value)) valid.push(value);
    else skipped.push(shapeReason(label(noun, n, value), shapeProblems(schema, value)));
  });
  return valid;
}

/** `incident 2 (`abc`)`: its place in the response, and its id when it has one. */
function label(noun: string, index: number, value: unknown): string {
  const id = isObject(value) && typeof value.id === "string" ? ` (${code(value.id)})` : "";
  return `${noun} ${index + 1}${id}`;
}

function groupByKey<P extends { key: string }>(problems: readonly P[]): Iterable<P[]> {
  const groups = new Map<string, P[]>();
  for (const problem of problems)
    groups.set(problem.key, [...(groups.get(problem.key) ?? []), problem]);
  return groups.values();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
