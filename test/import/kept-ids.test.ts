import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { parseSite } from "../../src/parse/site.ts";
import { checkIncidentFile } from "../../src/validate/incident-file.ts";

const HEAD = "title: Acme\nurl: https://status.acme.example/\ncomponents:\n";

function siteProblems(components: string) {
  const report = new Reporter("site.yml");
  const site = parseSite(HEAD + components, report);
  return {
    site,
    problems: report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message}`),
  };
}

describe("Statuspage ids kept in site.yml and the frontmatter", () => {
  it("reads a component's id and showcase", () => {
    const { site, problems } = siteProblems(
      "  - name: API\n    id: cmpapi000002\n    showcase: false\n  - Mail\n",
    );
    expect(problems).toEqual([]);
    expect(site?.components.map((c) => [c.name, c.statuspageId, c.showcase])).toEqual([
      ["API", "cmpapi000002", false],
      ["Mail", null, true],
    ]);
  });

  it("refuses a component id that is not lowercase letters and digits, and a second one", () => {
    const { problems } = siteProblems(
      "  - name: API\n    id: C-API\n  - name: Mail\n    id: abc\n  - name: CDN\n    id: abc\n  - name: Web\n    showcase: no\n",
    );
    expect(problems).toEqual([
      "4:5 value-type: Expected a component as `- name: Name` with optional `description`, `group`, `since` (a day), `uptime` (`true` or `false`), `id` (a Statuspage id: lowercase letters and digits) and `showcase` (`true` or `false`)",
      "8:5 site-duplicate: Unexpected second component with `id` `abc`, like `Mail`: api/v2 gives each component its own id",
      "10:5 value-type: Expected a component as `- name: Name` with optional `description`, `group`, `since` (a day), `uptime` (`true` or `false`), `id` (a Statuspage id: lowercase letters and digits) and `showcase` (`true` or `false`)",
    ]);
  });

  it("reads an incident's id and refuses one api/v2 cannot give", () => {
    const { site } = siteProblems("  - API\n");
    const file = (id: string) =>
      checkIncidentFile(
        {
          path: "incidents/2022-06-10-api-down.md",
          text: `---\ncomponent: API\nstart: 2022-06-10 05:23\nend: 2022-06-10 06:00\nid: ${id}\n---\n# API down\n`,
        },
        site,
        utcDateTime("2022-06-20T00:00:00Z"),
      );
    expect(file("p7wnq0rj2s1f").incident?.statuspageId).toBe("p7wnq0rj2s1f");
    expect(
      file("P7-x").diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message}`),
    ).toEqual([
      "5:5 value-type: Unexpected `P7-x` for `id`, expected a Statuspage id of lowercase letters and digits such as `p7wnq0rj2s1f`",
    ]);
  });
});
