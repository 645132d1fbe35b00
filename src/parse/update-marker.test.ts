import { describe, expect, it } from "vitest";
import { parseUpdateMarker } from "./update-marker.ts";

describe("parseUpdateMarker", () => {
  it("reads `EDIT hh:mm UTC:` with the offset of its time", () => {
    expect(parseUpdateMarker("EDIT 06:04 UTC: The server failed.")).toEqual({
      kind: "edit",
      date: null,
      time: { hour: 6, minute: 4, second: 0 },
      timeOffset: 5,
      length: 16,
    });
  });

  it("reads the dated form and seconds", () => {
    expect(parseUpdateMarker("EDIT 2022-06-07 00:00:30 UTC: Back.")).toMatchObject({
      kind: "edit",
      date: "2022-06-07",
      time: { hour: 0, minute: 0, second: 30 },
      timeOffset: 5,
    });
  });

  it("reads `EDIT:` without a time", () => {
    expect(parseUpdateMarker("EDIT: we stopped some components")).toMatchObject({
      kind: "edit",
      time: null,
      length: 6,
    });
  });

  it("keeps impossible times for the validator to report", () => {
    expect(parseUpdateMarker("EDIT 25:61 UTC: x")).toMatchObject({
      time: { hour: 25, minute: 61 },
    });
  });

  it("flags a marker it cannot read", () => {
    expect(parseUpdateMarker("EDIT 6h04: x")).toEqual({ kind: "malformed", text: "EDIT 6h04:" });
  });

  it.each([
    ["16:13:00 UTC: A hypervisor stopped.", "16:13:00", 0],
    ["19:40: The culprit is a switch.", "19:40", 0],
    ["[Times in UTC] 19:30: Network issues.", "19:30", 15],
  ])("recognises %j as an update without EDIT", (line, time, offset) => {
    expect(parseUpdateMarker(line)).toEqual({ kind: "bare-time", time, offset });
  });

  it.each(["EDITS were made.", "We edit 06:04 UTC: no.", "At 06:04 we restarted."])(
    "leaves ordinary text alone: %j",
    (line) => {
      expect(parseUpdateMarker(line)).toBeNull();
    },
  );
});
