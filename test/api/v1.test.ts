import { describe, expect, it } from "vitest";
import { emitApi } from "../support/api.ts";
import { parsed, sampleHistory, validateFiles } from "../support/api.ts";
import { utcDateTime } from "../../src/model/time.ts";

const schema = (name: string) => `https://status.example.com/api/v1/schemas/${name}.schema.json`;

describe("the native API of the sample history", () => {
  it("writes one file per incident and per month, the lists, the schemas and the v2 files", async () => {
    const files = emitApi(await sampleHistory());
    expect(files.map((f) => f.path).sort()).toEqual([
      "_headers",
      "api/v1/components.json",
      "api/v1/history.json",
      "api/v1/history/2022-06.json",
      "api/v1/incidents.json",
      "api/v1/incidents/2022-06-06-paris-network.json",
      "api/v1/incidents/2022-06-07-addon-proxy-unreachable.json",
      "api/v1/incidents/2022-06-07-pulsar-instabilities.json",
      "api/v1/incidents/2022-06-07-unique-ip-maintenance.json",
      "api/v1/incidents/2022-06-08-deployment-issues.json",
      "api/v1/incidents/2022-06-08-hypervisor-down.json",
      "api/v1/incidents/2022-06-08-reverse-proxy-503.json",
      "api/v1/incidents/2022-06-09-mail-delivery.json",
      "api/v1/incidents/2022-06-10-hypervisor-lost.json",
      "api/v1/schemas/components.schema.json",
      "api/v1/schemas/history-month.schema.json",
      "api/v1/schemas/history.schema.json",
      "api/v1/schemas/incident.schema.json",
      "api/v1/schemas/incidents.schema.json",
      "api/v1/schemas/status.schema.json",
      "api/v1/schemas/uptime.schema.json",
      "api/v1/schemas/zones.schema.json",
      "api/v1/status.json",
      "api/v1/uptime.json",
      "api/v1/zones.json",
      "api/v2/components.json",
      "api/v2/incidents.json",
      "api/v2/incidents/unresolved.json",
      "api/v2/scheduled-maintenances.json",
      "api/v2/scheduled-maintenances/active.json",
      "api/v2/scheduled-maintenances/upcoming.json",
      "api/v2/status.json",
      "api/v2/summary.json",
    ]);
  });

  it("validates every file against its schema, at the end of the week and during each event", async () => {
    for (const now of [
      utcDateTime("2022-06-11T12:00:00Z"),
      utcDateTime("2022-06-10T06:00:00Z"),
      utcDateTime("2022-06-07T20:10:00Z"),
      utcDateTime("2022-06-01T00:00:00Z"),
    ]) {
      expect([now, validateFiles(emitApi(await sampleHistory(now)))]).toEqual([now, []]);
    }
  });

  it("publishes each schema as draft 2020-12 with its own URL as $id", async () => {
    const files = emitApi(await sampleHistory());
    const status = parsed(files, "api/v1/schemas/status.schema.json") as Record<string, unknown>;
    expect(Object.keys(status).slice(0, 3)).toEqual(["$schema", "$id", "additionalProperties"]);
    expect(status.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(status.$id).toBe(schema("status"));
    expect(status.title).toBe("Statusmark current status");
  });

  it("gives the lost hypervisor as a partial outage of Infrastructure in status.json while it lasts", async () => {
    const files = emitApi(await sampleHistory(utcDateTime("2022-06-10T06:00:00Z")));
    const component = (name: string, slug: string, group: string, incidents: string[] = []) => ({
      name,
      slug,
      group,
      url: `https://status.example.com/components/${slug}/`,
      status: incidents.length ? "partial_outage" : "operational",
      incidents,
    });
    expect(parsed(files, "api/v1/status.json")).toEqual({
      $schema: schema("status"),
      generated_at: utcDateTime("2022-06-10T06:00:00Z"),
      indicator: "major",
      description: "Partial service outage",
      components: [
        component("Infrastructure", "infrastructure", "Platform", ["2022-06-10-hypervisor-lost"]),
        component("Deployments", "deployments", "Platform"),
        component("Reverse Proxies", "reverse-proxies", "Network"),
        component("Unique IP", "unique-ip", "Network"),
        component("Mails", "mails", "Services"),
        component("Pulsar", "pulsar", "Add-ons"),
        component("Cellar", "cellar", "Add-ons"),
      ],
      ongoing_incidents: [
        {
          id: "2022-06-10-hypervisor-lost",
          title: "An hypervisor has been lost",
          url: "https://status.example.com/incidents/2022-06-10-hypervisor-lost/",
          components: ["Infrastructure"],
          zones: ["PAR"],
          start: utcDateTime("2022-06-10T05:23:00Z"),
          end: null,
          scheduled: null,
          retroactive: false,
          impact: "major",
          duration_seconds: null,
          updates_count: 1,
        },
      ],
      active_maintenance: [],
      upcoming_maintenance: [],
    });
  });

  it("lists the Unique IP window as upcoming maintenance before it starts", async () => {
    const status = parsed(
      emitApi(await sampleHistory(utcDateTime("2022-06-01T00:00:00Z"))),
      "api/v1/status.json",
    );
    expect(status).toMatchObject({
      indicator: "none",
      ongoing_incidents: [],
      active_maintenance: [],
      upcoming_maintenance: [
        {
          id: "2022-06-07-unique-ip-maintenance",
          scheduled: utcDateTime("2022-05-17T09:00:00Z"),
          start: utcDateTime("2022-06-07T20:00:00Z"),
          end: utcDateTime("2022-06-07T20:30:00Z"),
          impact: "maintenance",
          duration_seconds: 1800,
          updates_count: 1,
        },
      ],
    });
  });

  it("adds $schema and duration_seconds to the per-incident file, and lists summaries newest first", async () => {
    const files = emitApi(await sampleHistory());
    const incident = parsed(files, "api/v1/incidents/2022-06-10-hypervisor-lost.json") as Record<
      string,
      unknown
    >;
    expect(Object.keys(incident)).toEqual([
      "$schema",
      "id",
      "title",
      "url",
      "components",
      "zones",
      "start",
      "end",
      "scheduled",
      "retroactive",
      "impact",
      "duration_seconds",
      "updates",
    ]);
    expect(incident.$schema).toBe(schema("incident"));
    expect(incident.duration_seconds).toBe(13620);
    const list = parsed(files, "api/v1/incidents.json") as {
      count: number;
      incidents: Record<string, unknown>[];
    };
    expect(list).toMatchObject({ count: 9, page: 1, pages: 1, prev: null, next: null });
    expect(list.incidents.map((i) => [i.id, i.duration_seconds, i.updates_count])).toEqual([
      ["2022-06-10-hypervisor-lost", 13620, 7],
      ["2022-06-09-mail-delivery", 13500, 3],
      ["2022-06-08-reverse-proxy-503", 1800, 3],
      ["2022-06-08-hypervisor-down", 1620, 4],
      ["2022-06-08-deployment-issues", 2100, 2],
      ["2022-06-07-unique-ip-maintenance", 1800, 3],
      ["2022-06-07-addon-proxy-unreachable", 180, 1],
      ["2022-06-07-pulsar-instabilities", 6480, 2],
      ["2022-06-06-paris-network", 16200, 4],
    ]);
    const fields = Object.entries(incident).filter(
      ([key]) => key !== "$schema" && key !== "updates",
    );
    expect(list.incidents[0]).toEqual({
      ...Object.fromEntries(fields),
      updates_count: (incident.updates as []).length,
    });
  });

  it("writes every day of June in the month file, quiet days with an empty list", async () => {
    const files = emitApi(await sampleHistory());
    const month = parsed(files, "api/v1/history/2022-06.json") as {
      days: { date: string; incidents: { id: string }[] }[];
    };
    expect(month).toMatchObject({
      $schema: schema("history-month"),
      month: "2022-06",
      incident_count: 9,
      page: 1,
      pages: 1,
      prev: null,
      next: null,
    });
    expect(month.days.map((d) => [d.date, d.incidents.map((i) => i.id)])).toEqual([
      ["2022-06-11", []],
      ["2022-06-10", ["2022-06-10-hypervisor-lost"]],
      ["2022-06-09", ["2022-06-09-mail-delivery"]],
      [
        "2022-06-08",
        [
          "2022-06-08-reverse-proxy-503",
          "2022-06-08-hypervisor-down",
          "2022-06-08-deployment-issues",
        ],
      ],
      [
        "2022-06-07",
        [
          "2022-06-07-unique-ip-maintenance",
          "2022-06-07-addon-proxy-unreachable",
          "2022-06-07-pulsar-instabilities",
        ],
      ],
      ["2022-06-06", ["2022-06-06-paris-network"]],
      ["2022-06-05", []],
      ["2022-06-04", []],
      ["2022-06-03", []],
      ["2022-06-02", []],
      ["2022-06-01", []],
    ]);
    expect(parsed(files, "api/v1/history.json")).toEqual({
      $schema: schema("history"),
      months: [
        {
          month: "2022-06",
          incident_count: 9,
          url: "https://status.example.com/api/v1/history/2022-06.json",
        },
      ],
    });
  });

  it("lists components and zones with their pages and counts", async () => {
    const files = emitApi(await sampleHistory());
    const components = parsed(files, "api/v1/components.json") as {
      components: Record<string, unknown>[];
    };
    expect(components.components[0]).toEqual({
      name: "Infrastructure",
      slug: "infrastructure",
      description: "Hypervisors, network and storage that every service runs on.",
      group: "Platform",
      url: "https://status.example.com/components/infrastructure/",
      incident_count: 2,
      maintenance_count: 0,
    });
    expect(
      components.components.map((c) => [c.name, c.incident_count, c.maintenance_count]),
    ).toEqual([
      ["Infrastructure", 2, 0],
      ["Deployments", 1, 0],
      ["Reverse Proxies", 2, 0],
      ["Unique IP", 0, 1],
      ["Mails", 1, 0],
      ["Pulsar", 1, 0],
      ["Cellar", 1, 0],
    ]);
    expect(parsed(files, "api/v1/zones.json")).toEqual({
      $schema: schema("zones"),
      zones: [
        {
          id: "PAR",
          name: "Paris",
          url: "https://status.example.com/zones/PAR/",
          incident_count: 4,
          maintenance_count: 1,
        },
      ],
    });
  });

  it("changes only generated_at, today's availability and the v2 updated_at when only the clock moves", async () => {
    const before = emitApi(await sampleHistory(utcDateTime("2022-06-11T12:00:00Z")));
    const after = emitApi(await sampleHistory(utcDateTime("2022-06-11T13:00:00Z")));
    expect(emitApi(await sampleHistory(utcDateTime("2022-06-11T12:00:00Z")))).toEqual(before);
    const changed = after.filter((f, i) => f.content !== before[i]!.content).map((f) => f.path);
    expect(changed).toEqual([
      "api/v1/status.json",
      "api/v1/uptime.json",
      "api/v2/summary.json",
      "api/v2/status.json",
      "api/v2/components.json",
      "api/v2/incidents.json",
      "api/v2/incidents/unresolved.json",
      "api/v2/scheduled-maintenances.json",
      "api/v2/scheduled-maintenances/upcoming.json",
      "api/v2/scheduled-maintenances/active.json",
    ]);
    const lines = (path: string, files: typeof before) =>
      files.find((f) => f.path === path)!.content.split("\n");
    const diff = lines("api/v1/status.json", after).filter(
      (line, i) => line !== lines("api/v1/status.json", before)[i],
    );
    expect(diff).toEqual(['  "generated_at": "2022-06-11T13:00:00Z",']);
  });
});
