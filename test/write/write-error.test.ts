import { describe, expect, it } from "vitest";
import { writeErrorMessage } from "../../src/write/write-error.ts";

const refused = (code: string) =>
  writeErrorMessage(Object.assign(new Error(code), { code }), "incidents/x.md", "--incidents");

describe("a write the file system refuses", () => {
  it("is one sentence that says what, why and what to do, for each code", () => {
    expect(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EEXIST"].map(refused)).toEqual([
      "Cannot write incidents/x.md: permission denied (EACCES); give write access to the folder, or choose another --incidents",
      "Cannot write incidents/x.md: the operation is not permitted (EPERM); give write access to the folder, or choose another --incidents",
      "Cannot write incidents/x.md: the file system is read-only (EROFS); choose another --incidents on a writable disk",
      "Cannot write incidents/x.md: the disk is full (ENOSPC); free some space and run the command again",
      "Cannot write incidents/x.md: the disk quota is used up (EDQUOT); free some space and run the command again",
      "Cannot write incidents/x.md: a file of that name already exists (EEXIST); nothing was overwritten; move that file away or choose another name",
    ]);
  });

  it("names a code it has no words for", () => {
    expect(refused("EMFILE")).toBe(
      "Cannot write incidents/x.md (EMFILE): check --incidents and its permissions",
    );
  });

  it("is null for an error that is not the file system's, which is a bug", () => {
    expect(writeErrorMessage(new TypeError("x is undefined"), "a", "--out")).toBeNull();
    expect(writeErrorMessage(null, "a", "--out")).toBeNull();
  });
});
