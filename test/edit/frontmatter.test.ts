import { describe, expect, it } from "vitest";
import { formatFrontmatterTime, toMinute, updateMarker } from "../../src/edit/datetime.ts";
import { setFrontmatterValue } from "../../src/edit/frontmatter.ts";
import { appendUpdate } from "../../src/edit/update.ts";
import { utcDateTime } from "../../src/model/time.ts";

const AFTER = ["component", "zone", "start"];

describe("setFrontmatterValue", () => {
  it("adds a missing key on the line after start, keeping comments and blank lines", () => {
    const text =
      "---\ncomponent: X\n# why 05:23\nstart: 2022-06-10 05:23 # first alert\n\nimpact: major\n---\n# T\n";
    expect(setFrontmatterValue(text, "end", "2022-06-10 09:10", AFTER)).toBe(
      "---\ncomponent: X\n# why 05:23\nstart: 2022-06-10 05:23 # first alert\nend: 2022-06-10 09:10\n\nimpact: major\n---\n# T\n",
    );
  });

  it("replaces a value where it was written and keeps its trailing comment", () => {
    const text =
      "---\nimpact: none\nend: 2022-06-10 08:00 # planned\nstart: 2022-06-10 05:23\n---\n# T\n";
    expect(setFrontmatterValue(text, "end", "2022-06-10 09:10", AFTER)).toBe(
      "---\nimpact: none\nend: 2022-06-10 09:10 # planned\nstart: 2022-06-10 05:23\n---\n# T\n",
    );
  });

  it("fills a key written without a value", () => {
    const text = "---\nstart: 2022-06-10 05:23\nend:\n---\n# T\n";
    expect(setFrontmatterValue(text, "end", "2022-06-10 09:10", AFTER)).toBe(
      "---\nstart: 2022-06-10 05:23\nend: 2022-06-10 09:10\n---\n# T\n",
    );
  });

  it("adds the key before the closing fence when none of the anchor keys is there, in the file's line endings", () => {
    const text = "---\r\nimpact: major\r\n---\r\n# T\r\n";
    expect(setFrontmatterValue(text, "end", "2022-06-10 09:10", AFTER)).toBe(
      "---\r\nimpact: major\r\nend: 2022-06-10 09:10\r\n---\r\n# T\r\n",
    );
  });
});

describe("appendUpdate", () => {
  it("separates the update from the text above by one blank line", () => {
    expect(appendUpdate("# T\n", "EDIT 10:00 UTC:", "Fixed.")).toBe(
      "# T\n\nEDIT 10:00 UTC: Fixed.\n",
    );
    expect(appendUpdate("# T", "EDIT 10:00 UTC:", "Fixed.")).toBe(
      "# T\n\nEDIT 10:00 UTC: Fixed.\n",
    );
    expect(appendUpdate("# T\n\n\n", "EDIT 10:00 UTC:", " Fixed. ")).toBe(
      "# T\n\n\nEDIT 10:00 UTC: Fixed.\n",
    );
  });

  it("writes a multi-line update in the file's line endings", () => {
    expect(appendUpdate("# T\r\n", "EDIT 10:00 UTC:", "Fixed:\n\n- a disk")).toBe(
      "# T\r\n\r\nEDIT 10:00 UTC: Fixed:\r\n\r\n- a disk\r\n",
    );
  });
});

describe("times as the commands write them", () => {
  it("writes frontmatter times to the minute, seconds only when set", () => {
    expect(formatFrontmatterTime(utcDateTime("2022-06-10T05:23:00Z"))).toBe("2022-06-10 05:23");
    expect(formatFrontmatterTime(utcDateTime("2022-06-10T05:23:41Z"))).toBe("2022-06-10 05:23:41");
    expect(toMinute(utcDateTime("2022-06-10T05:23:41Z"))).toBe("2022-06-10T05:23:00Z");
  });

  it("dates the marker only when the previous update was on another day", () => {
    expect(
      updateMarker(utcDateTime("2022-06-10T23:59:00Z"), utcDateTime("2022-06-10T05:23:00Z")),
    ).toBe("EDIT 23:59 UTC:");
    expect(
      updateMarker(utcDateTime("2022-06-11T00:04:00Z"), utcDateTime("2022-06-10T23:59:00Z")),
    ).toBe("EDIT 2022-06-11 00:04 UTC:");
  });
});
