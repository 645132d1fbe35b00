import { describe, expect, it } from "vitest";
import { check } from "../src/commands/check.ts";
import { incidentJson } from "../src/emit/incident-json.ts";
import type { History } from "../src/model/types.ts";
import { utcDateTime } from "../src/model/time.ts";
import { SAMPLE_PROJECT } from "./support/sample-copy.ts";
import { sampleHistoryAsOf } from "./support/sample-as-of.ts";

async function sample(): Promise<History> {
  const result = await check({
    cwd: SAMPLE_PROJECT,
    incidents: "incidents",
    now: utcDateTime("2022-06-11T12:00:00Z"),
  });
  expect(result.history).not.toBeNull();
  return result.history!;
}

function find(history: History, id: string) {
  const incident = history.incidents.find((i) => i.id === id);
  if (!incident) throw new Error(`no incident ${id}`);
  return incident;
}

describe("the sample history (5–11 June 2022)", () => {
  it("passes check with only the warning for its untimed update", async () => {
    const result = await check({
      cwd: SAMPLE_PROJECT,
      incidents: "incidents",
      now: utcDateTime("2022-06-11T12:00:00Z"),
    });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      "incidents/2022-06-07-pulsar-instabilities.md:13:1 update-time-missing",
    ]);
    expect(result.filesChecked).toBe(10);
  });

  it("lists every day of the week newest first, quiet days included", async () => {
    const history = await sample();
    expect(history.days.slice(0, 7).map((d) => [d.date, d.incidents.map((i) => i.id)])).toEqual([
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
    ]);
  });

  it("covers the whole month from its first day, in one month of the archive", async () => {
    const history = await sample();
    expect(history.days.map((d) => d.date).at(-1)).toBe("2022-06-01");
    expect(history.months.map((m) => [m.month, m.days.length, m.incidentCount])).toEqual([
      ["2022-06", 11, 9],
    ]);
  });

  it("dates the update written after midnight on the next day", async () => {
    const incident = find(await sample(), "2022-06-06-paris-network");
    expect(incident.updates.map((u) => u.at)).toEqual([
      utcDateTime("2022-06-06T19:30:00Z"),
      utcDateTime("2022-06-06T19:40:00Z"),
      utcDateTime("2022-06-06T20:00:00Z"),
      utcDateTime("2022-06-07T00:00:00Z"),
    ]);
    expect(incident.end).toBe("2022-06-07T00:00:00Z");
    expect(incident.durationSeconds).toBe(4.5 * 3600);
  });

  it("round-trips the hypervisor incident to the per-incident JSON", async () => {
    const history = await sample();
    const json = incidentJson(history.site, find(history, "2022-06-10-hypervisor-lost"));
    expect(Object.keys(json)).toEqual([
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
    expect(json).toMatchObject({
      id: "2022-06-10-hypervisor-lost",
      title: "An hypervisor has been lost",
      url: "https://status.example.com/incidents/2022-06-10-hypervisor-lost/",
      components: ["Infrastructure"],
      zones: ["PAR"],
      start: utcDateTime("2022-06-10T05:23:00Z"),
      end: utcDateTime("2022-06-10T09:10:00Z"),
      scheduled: null,
      retroactive: false,
      impact: "major",
    });
    expect(json.updates.map((u) => u.at)).toEqual([
      utcDateTime("2022-06-10T05:23:00Z"),
      utcDateTime("2022-06-10T06:04:00Z"),
      utcDateTime("2022-06-10T06:23:00Z"),
      utcDateTime("2022-06-10T06:52:00Z"),
      utcDateTime("2022-06-10T07:46:00Z"),
      utcDateTime("2022-06-10T07:57:00Z"),
      utcDateTime("2022-06-10T09:10:00Z"),
    ]);
    expect(json.updates.map((u) => [u.status, u.status_derived])).toEqual([
      ["investigating", true],
      ["identified", false],
      ["identified", true],
      ["identified", true],
      ["identified", true],
      ["monitoring", false],
      ["resolved", false],
    ]);
    expect(json.updates[6]).toEqual({
      at: utcDateTime("2022-06-10T09:10:00Z"),
      status: "resolved",
      status_derived: false,
      text: "Everything is back to normal and the incident is over. We will keep looking into the cause of the hardware failure.",
      html: "<p>Everything is back to normal and the incident is over. We will keep looking into the cause of the hardware failure.</p>",
    });
  });

  it("records the retroactive post, the maintenance and the untimed update", async () => {
    const history = await sample();
    expect(find(history, "2022-06-07-addon-proxy-unreachable")).toMatchObject({
      retroactive: true,
      impact: "minor",
      durationSeconds: 180,
    });
    expect(find(history, "2022-06-07-unique-ip-maintenance")).toMatchObject({
      scheduled: utcDateTime("2022-05-17T09:00:00Z"),
      start: utcDateTime("2022-06-07T20:00:00Z"),
      end: utcDateTime("2022-06-07T20:30:00Z"),
      impact: "maintenance",
    });
    expect(find(history, "2022-06-07-pulsar-instabilities").updates.map((u) => u.at)).toEqual([
      utcDateTime("2022-06-07T10:12:00Z"),
      null,
    ]);
  });

  it("keeps the list inside the last update of the 8 June hypervisor incident", async () => {
    const last = find(await sample(), "2022-06-08-hypervisor-down").updates.at(-1)!;
    expect(last.at).toBe("2022-06-08T16:40:00Z");
    expect(last.html).toContain("<li>logs were not served;</li>");
  });
});

describe("the current status", () => {
  async function statusAt(now: string) {
    return (await sampleHistoryAsOf(utcDateTime(now))).status;
  }

  it("is all operational once the week is over", async () => {
    const status = await statusAt(utcDateTime("2022-06-11T12:00:00Z"));
    expect(status.indicator).toBe("none");
    expect(status.description).toBe("All systems operational");
    expect(new Set(status.components.map((c) => c.status))).toEqual(new Set(["operational"]));
  });

  it("shows the lost hypervisor as a partial outage of Infrastructure while it lasts", async () => {
    const status = await statusAt(utcDateTime("2022-06-10T06:00:00Z"));
    expect(status.indicator).toBe("major");
    expect(status.ongoing.map((i) => i.id)).toEqual(["2022-06-10-hypervisor-lost"]);
    expect(
      status.components
        .filter((c) => c.status !== "operational")
        .map((c) => [c.component.name, c.status]),
    ).toEqual([["Infrastructure", "partial_outage"]]);
  });

  it("shows the Unique IP window as maintenance in progress, and upcoming before it", async () => {
    const during = await statusAt(utcDateTime("2022-06-07T20:10:00Z"));
    expect(during.indicator).toBe("maintenance");
    expect(during.activeMaintenance.map((i) => i.id)).toEqual(["2022-06-07-unique-ip-maintenance"]);
    expect(during.components.find((c) => c.component.name === "Unique IP")?.status).toBe(
      "under_maintenance",
    );
    const before = await statusAt(utcDateTime("2022-06-01T00:00:00Z"));
    expect(before.upcomingMaintenance.map((i) => i.id)).toEqual([
      "2022-06-07-unique-ip-maintenance",
    ]);
  });
});
