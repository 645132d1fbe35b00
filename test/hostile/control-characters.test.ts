import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { parseSite } from "../../src/parse/site.ts";
import { checkIncidentFile } from "../../src/validate/incident-file.ts";

const site = parseSite(
  "title: Status\nurl: https://status.example.com/\ncomponents:\n  - Mails\n",
  new Reporter("site.yml"),
);

function diagnostics(text: string): string[] {
  const result = checkIncidentFile(
    { path: "incidents/2022-06-10-mails.md", text },
    site,
    utcDateTime("2022-06-11T00:00:00Z"),
  );
  return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message}`);
}

describe("text-control-character", () => {
  it("reports a control character in the title, an update or the frontmatter where it is, once a line", () => {
    expect(
      diagnostics(
        [
          "---",
          "component: Mails",
          "start: 2022-06-10 05:23 # \x07",
          "---",
          "# Mails \x1b[31mare late\x1b[0m",
          "",
          "EDIT 06:00 UTC: A null \x00 and U+FFFF \uFFFF.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      "3:27 text-control-character: Unexpected control character U+0007, expected printable text: delete it, since feeds and calendars cannot carry it",
      "5:9 text-control-character: Unexpected control character U+001B, expected printable text: delete it, since feeds and calendars cannot carry it",
      "7:24 text-control-character: Unexpected control character U+0000, expected printable text: delete it, since feeds and calendars cannot carry it",
    ]);
  });

  it("reports a character written as a YAML escape at its value, and a non-character", () => {
    expect(
      diagnostics('---\ncomponent: "Mails\\uFFFE"\nstart: 2022-06-10 05:23\n---\n# Mails\n'),
    ).toEqual([
      "2:12 text-control-character: Unexpected non-character U+FFFE, expected printable text: delete it, since feeds and calendars cannot carry it",
      "2:12 component-undeclared: Unexpected component `Mails\\uFFFE`, did you mean `Mails`? (or declare it in site.yml)",
    ]);
  });

  it("accepts tabs, line breaks of any kind and every printable character", () => {
    expect(
      diagnostics(
        "---\r\ncomponent: Mails\r\nstart: 2022-06-10 05:23\r\n---\r\n# Mails 😀 é\r\n\r\n\tcode\r\n",
      ),
    ).toEqual([]);
  });
});
