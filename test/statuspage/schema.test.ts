import { readFileSync } from "node:fs";
import type { TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { describe, expect, it } from "vitest";
import { emitApi } from "../support/api.ts";
import {
  SavedComponentSchema,
  SavedIncidentSchema,
  SavedPageSchema,
  SavedResponseSchema,
} from "../../src/statuspage/schema.ts";
import { sampleHistory, validateFiles } from "../support/api.ts";

const fixtures = new URL("../fixtures/statuspage/", import.meta.url);
const saved = new URL("../fixtures/statuspage-import/", import.meta.url);

/** Real-shaped responses, by the endpoint they answer. */
const RESPONSES = {
  "summary.json": "summary.json",
  "status.json": "status.json",
  "components.json": "components.json",
  "incidents.json": "incidents.json",
  "incidents/unresolved.json": "incidents-unresolved.json",
  "scheduled-maintenances.json": "scheduled-maintenances.json",
  "scheduled-maintenances/upcoming.json": "scheduled-maintenances-upcoming.json",
  "scheduled-maintenances/active.json": "scheduled-maintenances-active.json",
};

/** Saved exports, as an operator would pass them to `import statuspage`. */
const EXPORTS = [
  "incidents.json",
  "summary.json",
  "scheduled-maintenances.json",
  "saved-pages/incident-r3d9x2.json",
];

const read = (folder: URL, name: string) => readFileSync(new URL(name, folder), "utf8");

/** Where a response differs from the lenient schemas the importer reads it with, as `path message`. */
function lenientErrors(response: Record<string, unknown>): string[] {
  const errors = (schema: TSchema, value: unknown, at: string) =>
    [...Value.Errors(schema, value)].map((e) => `${at}${e.path} ${e.message}`);
  const list = (key: string) => (response[key] ?? []) as unknown[];
  return [
    ...errors(SavedResponseSchema, response, ""),
    ...(response.page === undefined
      ? ["/page missing"]
      : errors(SavedPageSchema, response.page, "/page")),
    ...list("components").flatMap((c, n) => errors(SavedComponentSchema, c, `/components/${n}`)),
    ...(["incidents", "scheduled_maintenances"] as const).flatMap((key) =>
      list(key).flatMap((i, n) => errors(SavedIncidentSchema, i, `/${key}/${n}`)),
    ),
    ...(response.incident === undefined
      ? []
      : errors(SavedIncidentSchema, response.incident, "/incident")),
  ];
}

const omit = (value: object, key: string) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

describe("the Statuspage schemas", () => {
  it("accept every real-shaped response strictly (Ajv, formats on) and leniently (TypeBox Value)", () => {
    for (const [endpoint, name] of Object.entries(RESPONSES)) {
      const content = read(fixtures, name);
      expect([endpoint, validateFiles([{ path: `api/v2/${endpoint}`, content }])]).toEqual([
        endpoint,
        [],
      ]);
      expect([name, lenientErrors(JSON.parse(content))]).toEqual([name, []]);
    }
  });

  it("accept every saved export leniently, though its hand-made ids (`c-api`) fail the strict id pattern", () => {
    for (const name of EXPORTS) {
      const content = read(saved, name);
      expect([name, lenientErrors(JSON.parse(content))]).toEqual([name, []]);
    }
    const strict = validateFiles([
      { path: "api/v2/summary.json", content: read(saved, "summary.json") },
    ]);
    expect(strict[0]?.errors[0]).toBe('/components/0/id must match pattern "^[a-z0-9]+$"');
  });

  it("read back every file api/v2 emits, so an export of a Statusmark site imports", async () => {
    const files = emitApi(await sampleHistory()).filter((f) => f.path.startsWith("api/v2/"));
    expect(files.length).toBe(8);
    for (const file of files)
      expect([file.path, lenientErrors(JSON.parse(file.content))]).toEqual([file.path, []]);
  });

  it("read leniently without `format`, `pattern` or `enum`, so Value needs no FormatRegistry and any status reads", () => {
    const keywords = new Set<string>();
    JSON.stringify(
      [SavedResponseSchema, SavedIncidentSchema, SavedComponentSchema, SavedPageSchema],
      (key, value: unknown) => {
        if (["format", "pattern", "enum"].includes(key)) keywords.add(key);
        return value;
      },
    );
    expect([...keywords]).toEqual([]);
    const incident = JSON.parse(read(saved, "saved-pages/incident-r3d9x2.json")).incident;
    expect(
      Value.Check(SavedIncidentSchema, {
        ...incident,
        status: "a status of tomorrow",
        created_at: "not a time",
        impact: null,
        page_id: "Not-An-Id",
      }),
    ).toBe(true);
  });

  it("require of a saved incident only what the importer needs, and accept null for the rest", () => {
    const minimal = {
      id: "x",
      name: "Outage",
      created_at: "2022-06-01T10:00:00Z",
      incident_updates: [{ status: "resolved", created_at: "2022-06-01T11:00:00Z" }],
      components: [{ id: "c", name: "API", extra: "kept" }],
      resolved_at: null,
      status: null,
    };
    expect(Value.Check(SavedIncidentSchema, minimal)).toBe(true);
    for (const key of ["id", "name", "created_at", "incident_updates"] as const) {
      expect([key, Value.Check(SavedIncidentSchema, omit(minimal, key))]).toEqual([key, false]);
    }
    const update = { status: "resolved", created_at: "2022-06-01T11:00:00Z" };
    for (const key of ["status", "created_at"] as const) {
      const incident = { ...minimal, incident_updates: [omit(update, key)] };
      expect([key, Value.Check(SavedIncidentSchema, incident)]).toEqual([key, false]);
    }
  });
});
