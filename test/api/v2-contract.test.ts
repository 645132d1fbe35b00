import { describe, expect, it } from "vitest";
import { incidentV2, maintenanceV2, type IncidentContext } from "../../src/emit/v2/incidents.ts";
import type { ComponentV2 } from "../../src/statuspage/schema.ts";
import { STATUS_DESCRIPTIONS } from "../../src/statuspage/vocabulary.ts";
import type { Incident, IncidentImpact } from "../../src/model/types.ts";
import type { UpdateStatus } from "../../src/model/update-status.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { testSite } from "../support/model.ts";

const api = { id: "cmpapi000002", name: "API" } as ComponentV2;
const context = (now: string): IncidentContext => ({
  site: testSite(),
  now: utcDateTime(now),
  pageId: "page",
  components: new Map([["API", api]]),
});

type Post = [at: string, text: string, label?: UpdateStatus];

function incident(fields: Partial<Incident>, posts: Post[]): Incident {
  return {
    id: "2024-03-01-db-upgrade",
    title: "Database upgrade",
    components: ["API"],
    zones: [],
    start: utcDateTime("2024-03-01T02:00:00Z"),
    end: utcDateTime("2024-03-01T04:00:00Z"),
    scheduled: null,
    retroactive: false,
    impact: "minor",
    statuspageId: null,
    updates: posts.map(([at, text, label]) => ({
      at: utcDateTime(at),
      status: label ?? "investigating",
      statusDerived: label === undefined,
      text,
      html: "",
    })),
    durationSeconds: null,
    ...fields,
  };
}

const maintenance = (impact: IncidentImpact) =>
  incident({ scheduled: utcDateTime("2024-02-28T09:00:00Z"), impact }, [
    ["2024-03-01T02:00:00Z", "We will upgrade the database.", "scheduled"],
    ["2024-03-01T02:05:00Z", "Started.", "in_progress"],
    ["2024-03-01T02:40:00Z", "Checking replicas.", "verifying"],
  ]);

describe("the Statuspage contract of api/v2", () => {
  it("describes each indicator in Statuspage's own words and capitals", () => {
    expect(STATUS_DESCRIPTIONS).toEqual({
      none: "All Systems Operational",
      minor: "Minor Service Outage",
      major: "Partial System Outage",
      critical: "Major Service Outage",
      maintenance: "Service Under Maintenance",
    });
  });

  it("gives a maintenance labelled Verifying in its window that status, with monitoring_at, and its declared impact", () => {
    const entry = maintenanceV2(context("2024-03-01T03:00:00Z"), maintenance("minor"));
    expect([entry.status, entry.impact, entry.monitoring_at, entry.updated_at]).toEqual([
      "verifying",
      "minor",
      "2024-03-01T02:40:00.000Z",
      "2024-03-01T02:40:00.000Z",
    ]);
    expect(maintenanceV2(context("2024-03-01T03:00:00Z"), maintenance("maintenance")).impact).toBe(
      "maintenance",
    );
  });

  it("lists the incident's components on every update with their status at that update", () => {
    const entry = maintenanceV2(context("2024-03-01T05:00:00Z"), maintenance("maintenance"));
    expect(
      entry.incident_updates.map((u) => [
        u.status,
        u.affected_components?.map((c) => `${c.code} ${c.old_status} → ${c.new_status}`),
      ]),
    ).toEqual([
      ["verifying", ["cmpapi000002 under_maintenance → under_maintenance"]],
      ["in_progress", ["cmpapi000002 operational → under_maintenance"]],
      ["scheduled", ["cmpapi000002 operational → operational"]],
    ]);
  });

  it("gives a post-mortem Statuspage's status postmortem and leaves its line out of the body", () => {
    const entry = incidentV2(
      context("2024-03-05T00:00:00Z"),
      incident({ impact: "major" }, [
        ["2024-03-01T02:00:00Z", "Errors.", "investigating"],
        ["2024-03-01T04:00:00Z", "Fixed.", "resolved"],
        ["2024-03-02T10:00:00Z", "**Postmortem**\n\nA full disk."],
      ]),
    );
    expect(entry.status).toBe("postmortem");
    expect(
      entry.incident_updates.map((u) => [
        u.status,
        u.body,
        u.affected_components?.map((c) => c.new_status).join(),
      ]),
    ).toEqual([
      ["postmortem", "A full disk.", "operational"],
      ["resolved", "Fixed.", "operational"],
      ["investigating", "Errors.", "partial_outage"],
    ]);
  });

  it("leaves a status written as text out of the body, where it would contradict the status", () => {
    const entry = incidentV2(
      context("2024-03-01T12:00:00Z"),
      incident({ end: null }, [
        ["2024-03-01T02:00:00Z", "Logins fail.", "investigating"],
        ["2024-03-01T02:30:00Z", "**Resolved.** Fixed."],
        ["2024-03-01T03:00:00Z", "Failing again.", "investigating"],
      ]),
    );
    expect(entry.incident_updates.map((u) => [u.status, u.body]).reverse()).toEqual([
      ["investigating", "Logins fail."],
      ["investigating", "Fixed."],
      ["investigating", "Failing again."],
    ]);
  });

  it("dates updated_at at the last change at or before now, not at a planned end still ahead", () => {
    const entry = maintenanceV2(context("2024-03-01T02:10:00Z"), {
      ...maintenance("maintenance"),
      updates: maintenance("maintenance").updates.slice(0, 2),
    });
    expect([entry.status, entry.updated_at]).toEqual(["in_progress", "2024-03-01T02:05:00.000Z"]);
  });
});
