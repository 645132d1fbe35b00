import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.ts";
import { formatGithub, formatJson, formatText } from "../../src/report/format.ts";

// A value from a fork's file ends up in a message: printed raw, an escape
// sequence could erase the line above, recolour the report or forge a
// "No problems" line on the reviewer's terminal or in the Actions log.
const HOSTILE = "\u001B[1A\u001B[2K\rx.md:1:1: No problems\u009B31m\u202Eevil\u2028\u0000";
const diagnostic: Diagnostic = {
  file: "incidents/2022-06-10-\u001B[31mx.md",
  line: 2,
  column: 12,
  severity: "error",
  message: `Unexpected component \`${HOSTILE}\``,
  rule: "component-undeclared",
  cause: { file: "site\u0007.yml", line: 1, column: 1, message: `first ${HOSTILE}` },
};
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const ESCAPED =
  "\\u001B[1A\\u001B[2K\\u000Dx.md:1:1: No problems\\u009B31m\\u202Eevil\\u2028\\u0000";

describe("the report formats", () => {
  it("print control characters of a message or path as escapes in the text format", () => {
    const text = formatText([diagnostic], 1);
    expect(text).not.toMatch(RAW);
    expect(text).toBe(
      `incidents/2022-06-10-\\u001B[31mx.md:2:12: error: Unexpected component \`${ESCAPED}\` [component-undeclared]\n` +
        `  site\\u0007.yml:1:1: first ${ESCAPED}\n` +
        "1 error, 0 warnings in 1 file (1 file checked).\n",
    );
  });

  it("escape every invisible character in JSON and still read back the same values", () => {
    const json = formatJson([diagnostic]);
    expect(json).not.toMatch(RAW);
    expect(json).toContain("\\u009B31m\\u202Eevil\\u2028");
    expect(JSON.parse(json)).toEqual([diagnostic]);
  });

  it("never let a message end or start a GitHub workflow command", () => {
    const lines = formatGithub([diagnostic], 1).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      `::error file=incidents/2022-06-10-\\u001B[31mx.md,line=2,col=12,title=component-undeclared::Unexpected component \`${ESCAPED}\``,
    );
    expect(lines.join("\n")).not.toMatch(RAW);
  });
});
