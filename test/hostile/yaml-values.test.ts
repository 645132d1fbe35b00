import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { parseSite } from "../../src/parse/site.ts";
import { checkIncidentFile } from "../../src/validate/incident-file.ts";

const SITE = "title: T\nurl: https://status.example.com/\n";
const NOW = utcDateTime("2022-06-20T00:00:00Z");

function siteDiagnostics(text: string) {
  const report = new Reporter("site.yml");
  const site = parseSite(text, report);
  return { site, lines: report.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`) };
}

function incidentDiagnostics(text: string) {
  const site = parseSite(SITE + "components:\n  - Mails\n", new Reporter("site.yml"));
  const result = checkIncidentFile({ path: "2022-06-10-x.md", text }, site, NOW);
  return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
}

describe("YAML tags", () => {
  it("are refused wherever they are, named as written", () => {
    const { site, lines } = siteDiagnostics(
      SITE +
        "description: !!str 5\ncomponents: !custom\n  - !!binary aGVsbG8=\n  - name: !<tag:x> Mails\nzones: !!set { PAR }\n",
    );
    expect(site).toBeNull();
    expect(lines).toEqual([
      "3:14 Unexpected YAML tag `!!str`, expected a plain value: remove the tag (quote the value to keep it as text)",
      "4:13 Unexpected YAML tag `!custom`, expected a plain value: remove the tag (quote the value to keep it as text)",
      "5:5 Unexpected YAML tag `!!binary`, expected a plain value: remove the tag (quote the value to keep it as text)",
      "6:11 Unexpected YAML tag `!<tag:x>`, expected a plain value: remove the tag (quote the value to keep it as text)",
      "7:8 Unexpected YAML tag `!!set`, expected a plain value: remove the tag (quote the value to keep it as text)",
    ]);
  });
});

describe("the frontmatter's fence", () => {
  it("accepts `---YAML` and `---yml` like `---`, whatever their case", () => {
    for (const fence of ["---YAML", "---Yml", "---yaml"]) {
      expect(
        incidentDiagnostics(
          `${fence}\ncomponent: Mails\nstart: 2022-06-10 05:23\nend: 2022-06-10 06:00\n---\n# T\n`,
        ),
      ).toEqual([]);
    }
  });

  it("still refuses `---JS`", () => {
    expect(incidentDiagnostics("---JS\ncomponent: Mails\n---\n# T\n")).toEqual([
      "1:4 frontmatter-language Unexpected frontmatter language `JS`, expected YAML: write the opening fence as `---` alone (code in frontmatter is never run)",
    ]);
  });
});

describe("a component or zone of site.yml", () => {
  it("refuses an unknown key at its place, with the closest known one", () => {
    const { site, lines } = siteDiagnostics(
      SITE +
        "components:\n  - name: Mails\n    descripton: Emails\n    colour: red\nzones:\n  - id: PAR\n    nmae: Paris\n",
    );
    expect(site).toBeNull();
    expect(lines).toEqual([
      "5:5 Unexpected key `descripton` in a component of site.yml, did you mean `description`?",
      "6:5 Unexpected key `colour` in a component of site.yml, expected `name`, `description`, `group`, `since`, `uptime`, `id` or `showcase`",
      "9:5 Unexpected key `nmae` in a zone of site.yml, did you mean `name`?",
    ]);
  });

  it("has a name, slug and zone id of at most 100 characters", () => {
    const long = "Storage ".repeat(13).trim();
    // NFKD turns `ⅷ` into `viii`: a short name can make a long page name.
    const expanding = "\u2177".repeat(30);
    const { site, lines } = siteDiagnostics(
      SITE +
        `components:\n  - ${"Mails ".repeat(16).trim()}\n  - ${long}\n  - ${expanding}\n` +
        `zones:\n  - id: ${"P".repeat(101)}\n  - id: PAR\n    name: ${"Paris ".repeat(17)}\n`,
    );
    expect(site).toBeNull();
    expect(lines).toEqual([
      "5:5 Unexpected component name of 103 characters, expected at most 100: shorten it, it names the component's page",
      "6:5 Unexpected component name of 120 characters, expected at most 100: shorten it, it names the component's page",
      "8:5 Unexpected zone id or name of 101 characters, expected at most 100: shorten it, the id names the zone's page",
      "9:5 Unexpected zone id or name of 101 characters, expected at most 100: shorten it, the id names the zone's page",
    ]);
  });
});
