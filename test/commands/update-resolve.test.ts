import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { check } from "../../src/commands/check.ts";
import { resolveIncident } from "../../src/commands/resolve.ts";
import { updateIncident } from "../../src/commands/update.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { sampleCopy, type TempProject } from "../support/sample-copy.ts";

let project: TempProject;
beforeEach(async () => {
  project = await sampleCopy();
});
afterEach(() => project.remove());

const at = (now: string) => ({ cwd: project.cwd, incidents: "incidents", now: utcDateTime(now) });
const path = (id: string) => join(project.cwd, "incidents", `${id}.md`);
const read = (id: string) => readFile(path(id), "utf8");

/** An ongoing incident written the way people write: comments, odd key order, blank lines. */
const ONGOING = [
  "---",
  "impact: critical",
  "# Paged at 23:50 by the queue-depth alert.",
  "start: 2022-06-10 23:50 # from the alert",
  "",
  "component:",
  "  - Pulsar # brokers",
  "---",
  "# Messages are delayed",
  "",
  "Messages are delayed by several minutes.",
  "",
].join("\n");

describe("statusmark update", () => {
  it("appends an update at now and keeps every other byte of the file", async () => {
    const id = "2022-06-07-pulsar-instabilities";
    const before = await read(id);
    const result = await updateIncident({
      ...at("2022-06-07T12:30:41Z"),
      id,
      message: "Brokers are stable again.",
    });
    expect(result).toEqual({
      ok: true,
      path: `incidents/${id}.md`,
      text: before + "\nEDIT 12:30 UTC: Brokers are stable again.\n",
      diagnostics: [expect.objectContaining({ rule: "update-time-missing" })],
    });
    expect(await read(id)).toBe(before + "\nEDIT 12:30 UTC: Brokers are stable again.\n");
  });

  it("writes the dated form when the day changed since the previous update", async () => {
    await writeFile(path("2022-06-10-messages-delayed"), ONGOING);
    const first = await updateIncident({
      ...at("2022-06-11T00:20:00Z"),
      id: "2022-06-10-messages-delayed",
      message: "One broker ran out of disk.",
    });
    const second = await updateIncident({
      ...at("2022-06-11T00:45:00Z"),
      id: "incidents/2022-06-10-messages-delayed.md",
      message: "Disk freed; the backlog is draining.",
    });
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(await read("2022-06-10-messages-delayed")).toBe(
      ONGOING +
        "\nEDIT 2022-06-11 00:20 UTC: One broker ran out of disk.\n" +
        "\nEDIT 00:45 UTC: Disk freed; the backlog is draining.\n",
    );
  });

  it("posts the update at --at, read as that time today when given as hh:mm", async () => {
    await writeFile(path("2022-06-10-messages-delayed"), ONGOING);
    const id = "2022-06-10-messages-delayed";
    const first = await updateIncident({
      ...at("2022-06-11T09:00:00Z"),
      id,
      message: "One broker ran out of disk.",
      at: "2022-06-11 00:20",
    });
    const second = await updateIncident({
      ...at("2022-06-11T09:00:00Z"),
      id,
      message: "Draining.",
      at: "00:45",
    });
    const wrong = await updateIncident({
      ...at("2022-06-11T09:00:00Z"),
      id,
      message: "x",
      at: "soon",
    });
    expect([first.ok, second.ok, wrong.ok ? null : wrong.message]).toEqual([
      true,
      true,
      "Unexpected --at soon (not a date and time), expected a UTC time such as `05:23`, `2022-06-10 05:23` or `2022-06-10T07:23:00+02:00`",
    ]);
    expect(await read(id)).toBe(
      ONGOING +
        "\nEDIT 2022-06-11 00:20 UTC: One broker ran out of disk.\n" +
        "\nEDIT 00:45 UTC: Draining.\n",
    );
  });

  it("refuses an update dated before the previous one, before writing and citing no line", async () => {
    const id = "2022-06-10-hypervisor-lost";
    const before = await read(id);
    const result = await updateIncident({
      ...at("2022-06-11T00:00:00Z"),
      id,
      at: "2022-06-10 08:00",
      message: "Late.",
    });
    expect(result).toEqual({
      ok: false,
      message:
        "Unexpected --at 2022-06-10 08:00: 2022-06-10 08:00 UTC is before the last update, 2022-06-10 09:10 UTC: updates go forward in time, so give a later --at",
      diagnostics: [],
    });
    expect(await read(id)).toBe(before);
  });

  it("refuses a local time typed for UTC, later than now, before writing", async () => {
    await writeFile(path("2022-06-10-messages-delayed"), ONGOING);
    const result = await updateIncident({
      ...at("2022-06-11T00:19:00Z"),
      id: "2022-06-10-messages-delayed",
      at: "00:30",
      message: "Draining.",
    });
    expect(result).toEqual({
      ok: false,
      message:
        "Unexpected --at 00:30: 00:30 UTC is 11 min after now, 00:19 UTC: times given to statusmark are UTC, so convert a local time",
      diagnostics: [],
    });
    expect(await read("2022-06-10-messages-delayed")).toBe(ONGOING);
    const next = await updateIncident({
      ...at("2022-06-11T00:20:00Z"),
      id: "2022-06-10-messages-delayed",
      message: "Draining.",
    });
    expect(next.ok).toBe(true);
  });

  it("posts an update to an upcoming maintenance, after its announcement and before its start", async () => {
    const id = "2022-06-07-unique-ip-maintenance";
    await writeFile(
      path(id),
      (await read(id)).slice(0, (await read(id)).indexOf("EDIT 20:05")).trimEnd() + "\n",
    );
    const result = await updateIncident({
      ...at("2022-06-01T10:00:00Z"),
      id,
      message: "Still planned.",
    });
    expect(result.ok).toBe(true);
    expect(await read(id)).toMatch(/\n\nEDIT 2022-06-01 10:00 UTC: Still planned\.\n$/);
  });

  it("names the closest incident when the id is mistyped", async () => {
    const result = await updateIncident({
      ...at("2022-06-11T00:00:00Z"),
      id: "2022-06-10-hypervisor-lots",
      message: "x",
    });
    expect(result).toEqual({
      ok: false,
      message:
        "No incident `2022-06-10-hypervisor-lots` in incidents: did you mean `2022-06-10-hypervisor-lost`?",
      diagnostics: [],
    });
  });

  it("refuses to edit a file that already has an error", async () => {
    await writeFile(path("2022-06-10-broken"), "---\ncomponent: Pulsar\n---\n# Broken\n");
    const result = await updateIncident({
      ...at("2022-06-11T00:00:00Z"),
      id: "2022-06-10-broken",
      message: "x",
    });
    expect(result.ok ? null : result.message).toBe(
      "Nothing was written: fix the errors in incidents/2022-06-10-broken.md first (`statusmark check incidents/2022-06-10-broken.md`)",
    );
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["key-required"]);
  });
});

describe("statusmark update --status", () => {
  const id = "2022-06-10-messages-delayed";
  const update = (status: string, message = "The cause is a full disk.") =>
    updateIncident({ ...at("2022-06-11T00:20:00Z"), id, message, status });

  it("writes the status as a label after the marker", async () => {
    await writeFile(path(id), ONGOING);
    expect((await update("identified")).ok).toBe(true);
    expect(await read(id)).toBe(
      `${ONGOING}\nEDIT 2022-06-11 00:20 UTC: Identified: The cause is a full disk.\n`,
    );
    const checked = await check(at("2022-06-11T00:20:00Z"));
    const incident = checked.history?.incidents.find((i) => i.id === id);
    expect(incident?.updates.map((u) => [u.status, u.text])).toEqual([
      ["investigating", "Messages are delayed by several minutes."],
      ["identified", "The cause is a full disk."],
    ]);
  });

  it("reads the status in any spelling of the label and keeps a label already written", async () => {
    await writeFile(path(id), ONGOING);
    expect((await update("Monitoring", "Monitoring: messages flow again.")).ok).toBe(true);
    expect(await read(id)).toBe(
      `${ONGOING}\nEDIT 2022-06-11 00:20 UTC: Monitoring: messages flow again.\n`,
    );
  });

  it.each([
    ["identifed", "Unexpected --status `identifed` for an incident, did you mean `identified`?"],
    [
      "completed",
      "Unexpected --status `completed` for an incident, expected `investigating`, `identified`, `monitoring` or `resolved`",
    ],
    [
      "resolved",
      'Unexpected --status `resolved` for an incident without `end`: run `statusmark resolve 2022-06-10-messages-delayed --message "…"`, which also sets `end`',
    ],
  ])("refuses --status %s with a message that says what to do", async (status, message) => {
    await writeFile(path(id), ONGOING);
    expect(await update(status)).toEqual({ ok: false, message, diagnostics: [] });
    expect(await read(id)).toBe(ONGOING);
  });

  it("takes a maintenance's statuses", async () => {
    const maintenance = "2022-06-07-unique-ip-maintenance";
    const result = await updateIncident({
      ...at("2022-06-11T00:00:00Z"),
      id: maintenance,
      at: "2022-06-07 20:29",
      message: "Checking the applications.",
      status: "verifying",
    });
    expect(result.ok).toBe(true);
    expect(await read(maintenance)).toContain(
      "\nEDIT 20:29 UTC: Verifying: Checking the applications.\n",
    );
  });
});

describe("statusmark resolve", () => {
  it("adds end after start and a final update, keeping comments, key order and blank lines", async () => {
    await writeFile(path("2022-06-10-messages-delayed"), ONGOING);
    const result = await resolveIncident({
      ...at("2022-06-11T09:00:00Z"),
      id: "2022-06-10-messages-delayed",
      at: "01:10",
      message: "The backlog is gone; messages flow normally.",
    });
    expect(result.ok).toBe(true);
    expect(await read("2022-06-10-messages-delayed")).toBe(
      ONGOING.replace(
        "start: 2022-06-10 23:50 # from the alert\n",
        "start: 2022-06-10 23:50 # from the alert\nend: 2022-06-11 01:10\n",
      ) + "\nEDIT 2022-06-11 01:10 UTC: Resolved: The backlog is gone; messages flow normally.\n",
    );
    const checked = await check(at("2022-06-11T09:00:00Z"));
    const incident = checked.history?.incidents.find((i) => i.id === "2022-06-10-messages-delayed");
    expect(incident?.end).toBe("2022-06-11T01:10:00Z");
    expect(incident?.durationSeconds).toBe(80 * 60);
    expect(incident?.updates.at(-1)).toMatchObject({ status: "resolved", statusDerived: false });
  });

  it("labels a maintenance's final update `Completed:`", async () => {
    const id = "2022-06-07-unique-ip-maintenance";
    const before = await read(id);
    const result = await resolveIncident({
      ...at("2022-06-11T00:00:00Z"),
      id,
      at: "2022-06-07 20:40",
      message: "Every application is back.",
    });
    expect(result.ok).toBe(true);
    expect(await read(id)).toBe(
      before.replace("end: 2022-06-07 20:30", "end: 2022-06-07 20:40") +
        "\nEDIT 20:40 UTC: Completed: Every application is back.\n",
    );
  });

  it("refuses a final update whose text opens with another status label", async () => {
    await writeFile(path("2022-06-10-messages-delayed"), ONGOING);
    const result = await resolveIncident({
      ...at("2022-06-11T09:00:00Z"),
      id: "2022-06-10-messages-delayed",
      message: "Monitoring: messages flow again.",
    });
    expect(result).toEqual({
      ok: false,
      message:
        "Unexpected text starting with the label `Monitoring:` for an update of status `resolved`: drop the label or the status",
      diagnostics: [],
    });
    expect(await read("2022-06-10-messages-delayed")).toBe(ONGOING);
  });

  it("ends at now by default", async () => {
    await writeFile(path("2022-06-10-messages-delayed"), ONGOING);
    await resolveIncident({ ...at("2022-06-11T02:03:59Z"), id: "2022-06-10-messages-delayed" });
    expect(await read("2022-06-10-messages-delayed")).toContain(
      "start: 2022-06-10 23:50 # from the alert\nend: 2022-06-11 02:03\n",
    );
  });

  it("replaces a maintenance's planned end with the actual one", async () => {
    const id = "2022-06-07-unique-ip-maintenance";
    const before = await read(id);
    const result = await resolveIncident({
      ...at("2022-06-11T00:00:00Z"),
      id,
      at: "2022-06-07 20:40",
    });
    expect(result.ok).toBe(true);
    expect(await read(id)).toBe(before.replace("end: 2022-06-07 20:30", "end: 2022-06-07 20:40"));
  });

  it("refuses to resolve an incident that already ended", async () => {
    const id = "2022-06-10-hypervisor-lost";
    const result = await resolveIncident({ ...at("2022-06-11T00:00:00Z"), id });
    expect(result.ok ? null : result.message).toBe(
      "Incident `2022-06-10-hypervisor-lost` already ended at `2022-06-10 09:10`: change `end` in the file if that is wrong",
    );
  });

  it("refuses an end before the start, before writing and citing no line", async () => {
    await writeFile(path("2022-06-10-messages-delayed"), ONGOING);
    const result = await resolveIncident({
      ...at("2022-06-11T00:00:00Z"),
      id: "2022-06-10-messages-delayed",
      at: "2022-06-10 23:00",
    });
    expect(result).toEqual({
      ok: false,
      message:
        "Unexpected --at 2022-06-10 23:00: 2022-06-10 23:00 UTC is before `start`, 2022-06-10 23:50 UTC: an incident ends after it starts",
      diagnostics: [],
    });
    expect(await read("2022-06-10-messages-delayed")).toBe(ONGOING);
  });

  it("refuses an end later than now, before writing", async () => {
    await writeFile(path("2022-06-10-messages-delayed"), ONGOING);
    const result = await resolveIncident({
      ...at("2022-06-11T09:27:00Z"),
      id: "2022-06-10-messages-delayed",
      at: "23:00",
    });
    expect(result).toEqual({
      ok: false,
      message:
        "Unexpected --at 23:00: 23:00 UTC is 13 h 33 min after now, 09:27 UTC: times given to statusmark are UTC, so convert a local time; resolve an incident once it is over",
      diagnostics: [],
    });
    expect(await read("2022-06-10-messages-delayed")).toBe(ONGOING);
  });

  it("refuses a final update before the last one, before writing", async () => {
    const id = "2022-06-07-unique-ip-maintenance";
    const result = await resolveIncident({
      ...at("2022-06-11T00:00:00Z"),
      id,
      at: "2022-06-07 20:10",
      message: "Done.",
    });
    expect(result.ok ? null : result.message).toBe(
      "Unexpected --at 2022-06-07 20:10: 2022-06-07 20:10 UTC is before the last update, 2022-06-07 20:28 UTC: updates go forward in time, so give a later --at",
    );
  });
});
