import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emitApi } from "../support/api.ts";
import type { OutputFile } from "../../src/write/output-file.ts";
import { sampleHistory, validateFiles } from "../support/api.ts";
import { readStatuspage } from "../support/statuspage-client.ts";
import { utcDateTime } from "../../src/model/time.ts";

const fixtures = new URL("../fixtures/statuspage/", import.meta.url);

/** Each endpoint and the fixture of a real response from it. */
const ENDPOINTS = {
  "summary.json": "summary.json",
  "status.json": "status.json",
  "components.json": "components.json",
  "incidents.json": "incidents.json",
  "incidents/unresolved.json": "incidents-unresolved.json",
  "scheduled-maintenances.json": "scheduled-maintenances.json",
  "scheduled-maintenances/upcoming.json": "scheduled-maintenances-upcoming.json",
  "scheduled-maintenances/active.json": "scheduled-maintenances-active.json",
} as const;
type Endpoint = keyof typeof ENDPOINTS;

function fixture(endpoint: Endpoint): unknown {
  return JSON.parse(readFileSync(new URL(ENDPOINTS[endpoint], fixtures), "utf8"));
}

function ours(files: readonly OutputFile[], endpoint: Endpoint): unknown {
  return JSON.parse(files.find((f) => f.path === `api/v2/${endpoint}`)!.content);
}

/** The sorted keys of every object of each kind in a response. */
function shapes(response: unknown): Record<string, string[]> {
  const kinds: Record<string, Set<string>> = {};
  const add = (kind: string, value: object) => {
    kinds[kind] ??= new Set();
    kinds[kind].add(Object.keys(value).sort().join(","));
  };
  const root = response as Record<string, Record<string, unknown>[] & Record<string, unknown>>;
  add("page", root.page!);
  if (root.status) add("status", root.status);
  const incident = (i: Record<string, unknown>) => {
    const kind = i.impact === "maintenance" ? "maintenance" : "incident";
    add(kind, i);
    for (const u of i.incident_updates as object[]) add("update", u);
    for (const c of i.components as object[]) add("component", c);
  };
  for (const c of root.components ?? [])
    add(c.group ? "group component" : "component", c as object);
  for (const i of [...(root.incidents ?? []), ...(root.scheduled_maintenances ?? [])])
    incident(i as Record<string, unknown>);
  return Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, [...v].sort()]));
}

describe("the Statuspage-compatible API", () => {
  it("declares schemas that the real-shaped responses validate against", () => {
    const files = Object.keys(ENDPOINTS).map((endpoint) => ({
      path: `api/v2/${endpoint}`,
      content: JSON.stringify(fixture(endpoint as Endpoint)),
    }));
    expect(validateFiles(files)).toEqual([]);
  });

  it("uses exactly the field names of the real responses, object by object", async () => {
    const during = emitApi(await sampleHistory(utcDateTime("2022-06-07T20:10:00Z")));
    const after = emitApi(await sampleHistory(utcDateTime("2022-06-11T12:00:00Z")));
    for (const endpoint of Object.keys(ENDPOINTS) as Endpoint[]) {
      const real = shapes(fixture(endpoint));
      for (const files of [during, after]) {
        const mine = shapes(ours(files, endpoint));
        for (const [kind, keys] of Object.entries(mine))
          expect([endpoint, kind, keys]).toEqual([endpoint, kind, real[kind]]);
      }
    }
  });

  it("is read by a client of the real API: the fixture", () => {
    expect(readStatuspage(fixture("summary.json"))).toEqual({
      page: {
        name: "Acme",
        url: "https://status.acme.test/",
        updatedAt: "2024-05-08T18:33:41.183Z",
      },
      indicator: { indicator: "major", description: "Partial System Outage" },
      components: [
        { name: "API Requests", group: "Platform", status: "partial_outage" },
        { name: "Webhooks", group: "Platform", status: "operational" },
        { name: "Pages", group: null, status: "under_maintenance" },
      ],
      incidents: [
        {
          name: "Degraded performance for API Requests",
          status: "monitoring",
          impact: "major",
          link: "https://stspg.io/tq6v0w5x0n7h",
          createdAt: "2024-05-08T17:02:11.472Z",
          resolvedAt: null,
          components: ["API Requests"],
          updates: [
            {
              status: "monitoring",
              at: "2024-05-08T18:20:03.496Z",
              body: "A fix has been deployed and we are monitoring the recovery.",
            },
            {
              status: "identified",
              at: "2024-05-08T17:40:52.170Z",
              body: "We have identified the cause: a misconfigured load balancer.",
            },
            {
              status: "investigating",
              at: "2024-05-08T17:02:11.545Z",
              body: "We are investigating reports of degraded performance for API Requests.",
            },
          ],
        },
      ],
      maintenances: [
        expect.objectContaining({
          name: "Pages database migration",
          status: "in_progress",
          from: "2024-05-08T18:00:00.000Z",
          until: "2024-05-08T20:00:00.000Z",
        }),
        expect.objectContaining({
          name: "Webhooks network maintenance",
          status: "scheduled",
          from: "2024-05-15T22:00:00.000Z",
          until: "2024-05-15T23:30:00.000Z",
        }),
      ],
    });
  });

  it("is read the same way from our summary while the hypervisor is lost, with the updates posted so far", async () => {
    const files = emitApi(await sampleHistory(utcDateTime("2022-06-10T06:10:00Z")));
    const reading = readStatuspage(ours(files, "summary.json"));
    expect(reading.page).toEqual({
      name: "Example Cloud status",
      url: "https://status.example.com/",
      updatedAt: "2022-06-10T06:10:00.000Z",
    });
    expect(reading.indicator).toEqual({
      indicator: "major",
      description: "Partial System Outage",
    });
    expect(reading.components).toEqual([
      { name: "Infrastructure", group: "Platform", status: "partial_outage" },
      { name: "Deployments", group: "Platform", status: "operational" },
      { name: "Reverse Proxies", group: "Network", status: "operational" },
      { name: "Unique IP", group: "Network", status: "operational" },
      { name: "Mails", group: "Services", status: "operational" },
      { name: "Pulsar", group: "Add-ons", status: "operational" },
      { name: "Cellar", group: "Add-ons", status: "operational" },
    ]);
    expect(reading.maintenances).toEqual([]);
    expect(reading.incidents).toHaveLength(1);
    const incident = reading.incidents![0]!;
    expect({ ...incident, updates: incident.updates.map((u) => `${u.status} ${u.at}`) }).toEqual({
      name: "An hypervisor has been lost",
      status: "identified",
      impact: "major",
      link: "https://status.example.com/incidents/2022-06-10-hypervisor-lost/",
      createdAt: "2022-06-10T05:23:00.000Z",
      resolvedAt: null,
      components: ["Infrastructure"],
      updates: ["identified 2022-06-10T06:04:00.000Z", "investigating 2022-06-10T05:23:00.000Z"],
    });
  });

  it("is read the same way from our maintenance files before, during and after the window", async () => {
    const read = async (now: string, endpoint: Endpoint) =>
      readStatuspage(
        ours(emitApi(await sampleHistory(utcDateTime(now))), endpoint),
      ).maintenances!.map((m) => [
        m.name,
        m.status,
        m.from,
        m.until,
        m.updates.map((u) => `${u.status} ${u.at}`),
      ]);
    const name = "Unique IP service planned unavailability";
    const window = ["2022-06-07T20:00:00.000Z", "2022-06-07T20:30:00.000Z"];
    expect(
      await read(utcDateTime("2022-06-01T00:00:00Z"), "scheduled-maintenances/upcoming.json"),
    ).toEqual([[name, "scheduled", ...window, ["scheduled 2022-05-17T09:00:00.000Z"]]]);
    expect(
      await read(utcDateTime("2022-06-07T20:10:00Z"), "scheduled-maintenances/active.json"),
    ).toEqual([
      [
        name,
        "in_progress",
        ...window,
        ["in_progress 2022-06-07T20:05:00.000Z", "scheduled 2022-05-17T09:00:00.000Z"],
      ],
    ]);
    expect(await read(utcDateTime("2022-06-11T12:00:00Z"), "scheduled-maintenances.json")).toEqual([
      [
        name,
        "completed",
        ...window,
        [
          "completed 2022-06-07T20:30:00.000Z",
          "in_progress 2022-06-07T20:05:00.000Z",
          "scheduled 2022-05-17T09:00:00.000Z",
        ],
      ],
    ]);
    expect(
      await read(utcDateTime("2022-06-11T12:00:00Z"), "scheduled-maintenances/active.json"),
    ).toEqual([]);
  });

  it("is read without error by the client at every endpoint, whatever the time", async () => {
    for (const now of [
      utcDateTime("2022-06-01T00:00:00Z"),
      utcDateTime("2022-06-07T20:10:00Z"),
      utcDateTime("2022-06-11T12:00:00Z"),
    ]) {
      const files = emitApi(await sampleHistory(now));
      for (const endpoint of Object.keys(ENDPOINTS) as Endpoint[])
        expect(() => readStatuspage(ours(files, endpoint))).not.toThrow();
    }
  });

  it("lists resolved incidents with their last update resolved, newest first", async () => {
    const files = emitApi(await sampleHistory());
    const incidents = readStatuspage(ours(files, "incidents.json")).incidents!;
    expect(
      incidents.map((i) => [i.name, i.status, i.resolvedAt, i.updates.map((u) => u.status)]),
    ).toEqual([
      [
        "An hypervisor has been lost",
        "resolved",
        "2022-06-10T09:10:00.000Z",
        [
          "resolved",
          "monitoring",
          "identified",
          "identified",
          "identified",
          "identified",
          "investigating",
        ],
      ],
      [
        "Mails delivery issues",
        "resolved",
        "2022-06-09T16:15:00.000Z",
        ["resolved", "monitoring", "investigating"],
      ],
      [
        "Random 503 unavailable errors on public reverse proxies",
        "resolved",
        "2022-06-08T21:40:00.000Z",
        ["resolved", "monitoring", "investigating"],
      ],
      [
        "A hypervisor is down",
        "resolved",
        "2022-06-08T16:40:00.000Z",
        ["resolved", "monitoring", "investigating", "investigating"],
      ],
      [
        "Deployments are experiencing issues",
        "resolved",
        "2022-06-08T14:55:00.000Z",
        ["resolved", "investigating"],
      ],
      [
        "Unique IP service planned unavailability",
        "completed",
        "2022-06-07T20:30:00.000Z",
        ["completed", "in_progress", "scheduled"],
      ],
      [
        "An add-on reverse proxy was unreachable",
        "resolved",
        "2022-06-07T14:48:00.000Z",
        ["resolved"],
      ],
      [
        "Service instabilities",
        "resolved",
        "2022-06-07T12:00:00.000Z",
        ["resolved", "investigating"],
      ],
      [
        "Paris zone is experiencing network issues",
        "resolved",
        "2022-06-07T00:00:00.000Z",
        ["resolved", "monitoring", "identified", "investigating"],
      ],
    ]);
    // The label gives the status and is not repeated in the body.
    const raw = ours(files, "incidents.json") as {
      incidents: { incident_updates: { status: string; body: string }[] }[];
    };
    expect(raw.incidents[0]!.incident_updates.at(-2)).toMatchObject({
      status: "identified",
      body: "The server had a hardware failure and may not come back. Its applications were redeployed on other servers. Custom services and add-ons are still affected.",
    });
  });

  it("keeps page, component and incident ids across builds", async () => {
    const ids = async (now: string) => {
      const summary = ours(emitApi(await sampleHistory(utcDateTime(now))), "incidents.json") as {
        page: { id: string };
        incidents: { id: string; name: string; incident_updates: { id: string }[] }[];
      };
      return [summary.page.id, ...summary.incidents.map((i) => i.id)];
    };
    const after = await ids(utcDateTime("2022-06-11T12:00:00Z"));
    expect(after.slice(0, 2)).toEqual(["dja91f1yqulb", expect.stringMatching(/^[a-z0-9]{12}$/)]);
    expect(new Set(after).size).toBe(10);
    expect(await ids(utcDateTime("2022-06-30T00:00:00Z"))).toEqual(after);
  });
});
