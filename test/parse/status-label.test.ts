import { describe, expect, it } from "vitest";
import { readStatusLabel } from "../../src/parse/status-label.ts";

describe("readStatusLabel", () => {
  it.each([
    ["Identified: the cause is a full disk.", "Identified", "identified", 12],
    ["**Identified:** the cause", "Identified", "identified", 16],
    ["**Monitoring**: watching", "Monitoring", "monitoring", 16],
    ["In progress: the window opened.", "In progress", "in_progress", 13],
    ["RESOLVED: all good", "RESOLVED", "resolved", 10],
    ["Resolved:", "Resolved", "resolved", 9],
    ["Resolved:\n\n- a list", "Resolved", "resolved", 9],
  ])("reads %j", (source, written, status, length) => {
    expect(readStatusLabel(source)).toEqual({ written, status, length });
  });

  it.each([
    ["Identifed: the cause", "Identifed"],
    ["Resolvd: it works", "Resolvd"],
    ["In progres: started", "In progres"],
    ["in-progress: started", "in-progress"],
  ])(
    "keeps a label close to a status, with no status, for the validator: %j",
    (source, written) => {
      expect(readStatusLabel(source)).toMatchObject({ written, status: null });
    },
  );

  it.each([
    "Note: the API was slow.",
    "Root cause: a full disk.",
    "Resolved the issue by restarting.",
    "**Resolved.** All good.",
    "Identified:the cause",
    "We identified: nothing.",
  ])("reads %j as text", (source) => {
    expect(readStatusLabel(source)).toBeNull();
  });
});
