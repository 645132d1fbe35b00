import { describe, expect, it } from "vitest";
import { incidentV2, type IncidentContext } from "../../src/emit/v2/incidents.ts";
import { stableId } from "../../src/emit/v2/ids.ts";
import type { Incident } from "../../src/model/types.ts";
import type { UpdateStatus } from "../../src/model/update-status.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { testSite } from "../support/model.ts";

const context: IncidentContext = {
  site: testSite(),
  now: utcDateTime("2024-03-01T12:00:00Z"),
  pageId: "page",
  components: new Map(),
};

/** An incident whose updates are `[at, text]`, or `[at, text, label]` for one with a status label. */
function incident(end: string | null, texts: [string | null, string, UpdateStatus?][]): Incident {
  const time = (at: string | null) => (at === null ? null : utcDateTime(at));
  return {
    id: "2024-03-01-api-errors",
    title: "API errors",
    components: ["API"],
    zones: [],
    start: utcDateTime("2024-03-01T10:00:00Z"),
    end: time(end),
    scheduled: null,
    retroactive: false,
    impact: "major",
    statuspageId: null,
    updates: texts.map(([at, text, label]) => ({
      at: time(at),
      // The model's status of an unlabelled update does not matter here: v2 derives it again as of now.
      status: label ?? "investigating",
      statusDerived: label === undefined,
      text,
      html: "",
    })),
    durationSeconds: null,
  };
}

const statuses = (i: Incident) =>
  incidentV2(context, i)
    .incident_updates.map((u) => `${u.status} ${u.display_at}`)
    .reverse();

describe("the status of Statuspage incident updates", () => {
  it("is each update's label, investigating for the first without one", () => {
    const ongoing = incident(null, [
      [utcDateTime("2024-03-01T10:00:00Z"), "Our monitoring shows errors on the API."],
      [
        utcDateTime("2024-03-01T10:20:00Z"),
        "A bad deploy is the cause; we are rolling it back.",
        "identified",
      ],
      [
        utcDateTime("2024-03-01T10:40:00Z"),
        "The rollback is done; we are watching the error rate.",
        "monitoring",
      ],
    ]);
    expect(statuses(ongoing)).toEqual([
      "investigating 2024-03-01T10:00:00.000Z",
      "identified 2024-03-01T10:20:00.000Z",
      "monitoring 2024-03-01T10:40:00.000Z",
    ]);
    expect(incidentV2(context, ongoing)).toMatchObject({
      status: "monitoring",
      monitoring_at: "2024-03-01T10:40:00.000Z",
      resolved_at: null,
      updated_at: "2024-03-01T10:40:00.000Z",
    });
  });

  it("makes the last update of a resolved incident resolved, dated no earlier than the end", () => {
    const resolved = incident(utcDateTime("2024-03-01T11:00:00Z"), [
      [utcDateTime("2024-03-01T10:00:00Z"), "Errors on the API."],
      [null, "Still looking."],
      [utcDateTime("2024-03-01T10:50:00Z"), "Fixed."],
    ]);
    expect(statuses(resolved)).toEqual([
      "investigating 2024-03-01T10:00:00.000Z",
      "investigating 2024-03-01T10:00:00.000Z",
      "resolved 2024-03-01T11:00:00.000Z",
    ]);
    expect(incidentV2(context, resolved)).toMatchObject({
      status: "resolved",
      resolved_at: "2024-03-01T11:00:00.000Z",
      updated_at: "2024-03-01T11:00:00.000Z",
    });
  });

  it("keeps an incident whose end is still ahead unresolved", () => {
    const ending = incident(utcDateTime("2024-03-01T13:00:00Z"), [
      [utcDateTime("2024-03-01T10:00:00Z"), "Errors."],
    ]);
    expect(incidentV2(context, ending)).toMatchObject({
      status: "investigating",
      resolved_at: null,
    });
  });

  it("gives an update without a label the status of the one before, whatever its words", () => {
    const unlabelled = incident(null, [
      [utcDateTime("2024-03-01T10:00:00Z"), "Errors on the API."],
      [utcDateTime("2024-03-01T10:20:00Z"), "Found it.", "identified"],
      [utcDateTime("2024-03-01T10:40:00Z"), "We are monitoring the error rate."],
    ]);
    expect(statuses(unlabelled)).toEqual([
      "investigating 2024-03-01T10:00:00.000Z",
      "identified 2024-03-01T10:20:00.000Z",
      "identified 2024-03-01T10:40:00.000Z",
    ]);
    expect(incidentV2(context, unlabelled).monitoring_at).toBeNull();
  });

  it("keeps the label and the time of a last update that does not say resolved", () => {
    const ended = incident(utcDateTime("2024-03-01T11:00:00Z"), [
      [utcDateTime("2024-03-01T10:00:00Z"), "Errors on the API."],
      [utcDateTime("2024-03-01T10:40:00Z"), "Watching.", "monitoring"],
    ]);
    expect(statuses(ended)).toEqual([
      "investigating 2024-03-01T10:00:00.000Z",
      "monitoring 2024-03-01T10:40:00.000Z",
    ]);
    expect(incidentV2(context, ended).status).toBe("resolved");
  });

  it("derives ids from the incident id alone", () => {
    const ids = incidentV2(
      context,
      incident(null, [[utcDateTime("2024-03-01T10:00:00Z"), "Errors."]]),
    );
    expect(ids.id).toBe(stableId("incident", "2024-03-01-api-errors"));
    expect(ids.id).toMatch(/^[a-z0-9]{12}$/);
    expect(ids.incident_updates[0]!.id).toBe(
      stableId("incident_update", "2024-03-01-api-errors#0"),
    );
  });
});
