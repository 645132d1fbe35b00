import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readStatuspageResponse } from "../../src/import/statuspage/read.ts";

const saved = new URL("../fixtures/statuspage-import/", import.meta.url);
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, saved), "utf8"));

const update = { status: "resolved", created_at: "2022-06-01T11:00:00Z" };
const good = {
  id: "good1",
  name: "Slow API",
  created_at: "2022-06-01T10:00:00Z",
  incident_updates: [update],
};

describe("readStatuspageResponse", () => {
  it("reads a saved export whole, with nothing skipped", () => {
    const read = readStatuspageResponse(fixture("summary.json"));
    expect(read.ok && [read.response.page?.name, read.skipped]).toEqual(["Acme Cloud", []]);
    expect(read.ok && read.response.components.map((c) => c.id)).toEqual([
      "g-core",
      "c-api",
      "c-dash",
      "c-cdn",
    ]);
    expect(read.ok && read.response.incidents.map((i) => i.id)).toEqual(["h2kx5d9mzq3b"]);
  });

  it("skips each incident of a wrong type at any depth with one reason naming the place, and keeps the rest", () => {
    const read = readStatuspageResponse({
      page: { name: 3 },
      incidents: [
        good,
        null,
        { ...good, id: 7 },
        { ...good, id: "a", name: 5, status: ["resolved"], impact: {} },
        {
          ...good,
          id: "b",
          incident_updates: [{ ...update, affected_components: [{ code: "c" }] }],
        },
        {
          ...good,
          id: "c",
          incident_updates: [update, { ...update, body: 4 }],
          components: [{ id: "c1" }],
        },
        { ...good, id: "d", incident_updates: "none" },
        { ...good, id: "e", started_at: {}, scheduled_until: 5 },
        { ...good, id: "f", components: [{ id: "c1", name: "API", position: 1.5, group: "yes" }] },
        { ...good, id: "g", status: "a status of tomorrow", impact: null, extra: true },
      ],
      scheduled_maintenances: {},
      components: [{ id: "x", name: "X" }, { id: "y" }, 4],
    });
    expect(read.ok && read.skipped).toEqual([
      "`page` has `name` `3`, expected a string or null",
      "`scheduled_maintenances` is an object, expected a list",
      "incident 2 is `null`, expected an object",
      "incident 3: `id` is `7`, expected a string",
      "incident 4 (`a`): `name` is `5`, expected a string; `status` is a list, expected a string or null; and 1 more",
      "incident 5 (`b`): affected component 1 of update 1 lacks `name`",
      "incident 6 (`c`): update 2 has `body` `4`, expected a string or null; component 1 lacks `name`",
      'incident 7 (`d`): `incident_updates` is `"none"`, expected a list',
      "incident 8 (`e`): `started_at` is an object, expected a string or null; `scheduled_until` is `5`, expected a string or null",
      'incident 9 (`f`): component 1 has `position` `1.5`, expected an integer or null; component 1 has `group` `"yes"`, expected `true`, `false` or null',
      "component 2 (`y`): lacks `name`",
      "component 3 is `4`, expected an object",
    ]);
    expect(read.ok && read.response.incidents.map((i) => i.id)).toEqual(["good1", "g"]);
    expect(read.ok && read.response.components.map((c) => c.id)).toEqual(["x"]);
    expect(read.ok && read.response.page).toBe(null);
  });

  it("still refuses what is not a Statuspage response at all", () => {
    expect(readStatuspageResponse([good])).toEqual({
      ok: false,
      reason: "not a Statuspage response (expected a JSON object with `page`)",
    });
    expect(readStatuspageResponse(fixture("saved-pages/notes.json"))).toEqual({
      ok: false,
      reason:
        "not a Statuspage response (expected `incidents`, `scheduled_maintenances`, `incident` or `components`)",
    });
  });
});
