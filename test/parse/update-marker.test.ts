import { describe, expect, it } from "vitest";
import { parseUpdateMarker } from "../../src/parse/update-marker.ts";

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
    expect(parseUpdateMarker("EDIT 6h04: x")).toEqual({
      kind: "malformed",
      text: "EDIT 6h04:",
      reading: null,
    });
  });

  it("reads the parts of a near-miss marker", () => {
    expect(parseUpdateMarker("**Edit 2:11pm (UTC):** The cause")).toEqual({
      kind: "malformed",
      text: "**Edit 2:11pm (UTC):**",
      reading: {
        text: "**Edit 2:11pm (UTC):**",
        bold: true,
        word: "Edit",
        date: null,
        time: { hour: 2, minute: 11, second: 0 },
        meridiem: "pm",
        zone: "UTC",
        zoneInParentheses: true,
        separator: ":",
      },
    });
  });

  it.each([
    ["EDIT 9:22 UTC - fixed.", "EDIT 9:22 UTC -"],
    ["EDIT 2:11pm (UTC): x", "EDIT 2:11pm (UTC):"],
    ["Update 2023-12-01 18:00 UTC: x", "Update 2023-12-01 18:00 UTC:"],
    ["**EDIT 10:00 UTC:** x", "**EDIT 10:00 UTC:**"],
    ["Edit 10:00 UTC: x", "Edit 10:00 UTC:"],
    ["edit 10:00 UTC: x", "edit 10:00 UTC:"],
    ["UPDATE 10:00 UTC: x", "UPDATE 10:00 UTC:"],
    ["EDIT 10:00 CET: x", "EDIT 10:00 CET:"],
    ["EDIT 10:00 GMT: x", "EDIT 10:00 GMT:"],
    ["EDIT 10:00Z: x", "EDIT 10:00Z:"],
    ["EDIT 10:00 +02:00: x", "EDIT 10:00 +02:00:"],
    ["EDIT 10:00: x", "EDIT 10:00:"],
    ["EDIT 09:20 UTC Missing colon.", "EDIT 09:20 UTC"],
    ["Update: fixed.", "Update:"],
  ])("quotes the whole near-miss marker of %j", (line, text) => {
    expect(parseUpdateMarker(line)).toMatchObject({ kind: "malformed", text });
  });

  it("reads `EDIT 17:00 UTC :` as a marker, as it always was", () => {
    expect(parseUpdateMarker("EDIT 17:00 UTC : x")).toMatchObject({ kind: "edit", length: 17 });
  });

  it.each([
    ["16:13:00 UTC: A hypervisor stopped.", "16:13:00", 0],
    ["19:40: The culprit is a switch.", "19:40", 0],
    ["[Times in UTC] 19:30: Network issues.", "19:30", 15],
    ["16:13 GMT: A hypervisor stopped.", "16:13", 0],
  ])("recognises %j as an update without EDIT", (line, time, offset) => {
    expect(parseUpdateMarker(line)).toMatchObject({ kind: "bare-time", time, offset });
  });

  it.each([
    "EDITS were made.",
    "We edit 06:04 UTC: no.",
    "At 06:04 we restarted.",
    "Update your DNS records.",
    "Edit the file: then save it.",
    "Update - a new version is out.",
    "10:00 - 11:00 the API was slow.",
    "**Note:** the API was slow.",
  ])("leaves ordinary text alone: %j", (line) => {
    expect(parseUpdateMarker(line)).toBeNull();
  });
});
