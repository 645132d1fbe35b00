import { describe, expect, it } from "vitest";
import {
  deriveStatuses,
  statusLabel,
  statusOfLabel,
  type StatusPost,
} from "../../src/model/update-status.ts";

const post = (at: string | null, written: StatusPost["written"] = null): StatusPost => ({
  at,
  written,
});

describe("update statuses", () => {
  it("are written as labels in sentence case and read in any case", () => {
    expect(statusLabel("in_progress")).toBe("In progress");
    expect(statusOfLabel("IN PROGRESS")).toBe("in_progress");
    expect(statusOfLabel("identified")).toBe("identified");
    expect(statusOfLabel("fixed")).toBeNull();
  });

  it("keep labels and give an update without one the status before it", () => {
    const posts = [
      post("2022-06-10T05:23:00Z"),
      post("2022-06-10T06:04:00Z", "identified"),
      post("2022-06-10T06:23:00Z"),
      post(null),
      post("2022-06-10T07:57:00Z", "monitoring"),
      post("2022-06-10T09:10:00Z"),
    ];
    const at = { start: "2022-06-10T05:23:00Z" };
    expect(deriveStatuses(posts, "incident", { ...at, ended: false })).toEqual([
      "investigating",
      "identified",
      "identified",
      "identified",
      "monitoring",
      "monitoring",
    ]);
    expect(deriveStatuses(posts, "incident", { ...at, ended: true }).at(-1)).toBe("resolved");
  });

  it("make a maintenance scheduled, in progress from its start, completed at its end", () => {
    const posts = [
      post("2022-06-07T20:00:00Z"),
      post("2022-06-01T09:00:00Z"),
      post("2022-06-07T20:05:00Z"),
      post("2022-06-07T20:20:00Z", "verifying"),
      post("2022-06-07T20:28:00Z"),
    ];
    const at = { start: "2022-06-07T20:00:00Z" };
    expect(deriveStatuses(posts, "maintenance", { ...at, ended: true })).toEqual([
      "scheduled",
      "scheduled",
      "in_progress",
      "verifying",
      "completed",
    ]);
  });

  it("keep a written label on the last update of one that has ended", () => {
    const posts = [post("2022-06-10T05:23:00Z"), post("2022-06-10T06:00:00Z", "monitoring")];
    expect(
      deriveStatuses(posts, "incident", { start: "2022-06-10T05:23:00Z", ended: true }),
    ).toEqual(["investigating", "monitoring"]);
  });
});
