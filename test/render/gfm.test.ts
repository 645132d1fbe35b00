import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { parseSite } from "../../src/parse/site.ts";
import { checkIncidentFile } from "../../src/validate/incident-file.ts";

const site = parseSite(
  "title: Acme\nurl: https://status.acme.example/\ncomponents:\n  - API\n",
  new Reporter("site.yml"),
);

function checked(body: string) {
  return checkIncidentFile(
    {
      path: "incidents/2022-06-10-api-down.md",
      text: `---\ncomponent: API\nstart: 2022-06-10 05:23\nend: 2022-06-10 06:00\n---\n# API down\n\n${body}`,
    },
    site,
    utcDateTime("2022-06-20T00:00:00Z"),
  );
}

describe("GitHub-flavored markdown in incident text", () => {
  it("links bare URLs, and renders strikethrough, tables and task lists", () => {
    const { incident } = checked(
      [
        "Details at https://acme.example/log and www.acme.example.",
        "",
        "~~Slow~~ down.",
        "",
        "| region | state |",
        "| --- | --- |",
        "| PAR | down |",
        "",
        "- [x] restart",
        "- [ ] post-mortem",
        "",
      ].join("\n"),
    );
    expect(incident?.updates[0]?.html).toBe(
      [
        '<p>Details at <a href="https://acme.example/log">https://acme.example/log</a> and <a href="http://www.acme.example">www.acme.example</a>.</p>',
        "<p><del>Slow</del> down.</p>",
        "<table>",
        "<thead>",
        "<tr>",
        "<th>region</th>",
        "<th>state</th>",
        "</tr>",
        "</thead>",
        "<tbody>",
        "<tr>",
        "<td>PAR</td>",
        "<td>down</td>",
        "</tr>",
        "</tbody>",
        "</table>",
        '<ul class="contains-task-list">',
        '<li class="task-list-item"><input type="checkbox" checked disabled> restart</li>',
        '<li class="task-list-item"><input type="checkbox" disabled> post-mortem</li>',
        "</ul>",
      ].join("\n"),
    );
  });

  it("keeps sanitising: no script link from a bare URL, no raw HTML in a table", () => {
    const { incident } = checked(
      "Try javascript:alert(1) now.\n\n| a |\n| --- |\n| <img src=x onerror=alert(1)> |\n",
    );
    expect(incident?.updates[0]?.html).toBe(
      [
        "<p>Try javascript:alert(1) now.</p>",
        "<table>",
        "<thead>",
        "<tr>",
        "<th>a</th>",
        "</tr>",
        "</thead>",
        "<tbody>",
        "<tr>",
        "<td>&#x3C;img src=x onerror=alert(1)></td>",
        "</tr>",
        "</tbody>",
        "</table>",
      ].join("\n"),
    );
  });

  it("reports a problem after a table at the same line and column as without GFM", () => {
    const { diagnostics } = checked(
      "| a |\n| --- |\n| b |\n\nEDIT 05:30 UTC: fine\n\nEDIT 05:25 UTC: earlier\n",
    );
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      "14:6 update-time-order",
    ]);
  });
});
