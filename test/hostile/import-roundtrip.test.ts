import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { check } from "../../src/commands/check.ts";
import { importStatuspage } from "../../src/commands/import-statuspage.ts";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { parseSite } from "../../src/parse/site.ts";
import { emptyFolder, type TempProject } from "../support/sample-copy.ts";

const NOW = utcDateTime("2022-06-11T12:00:00Z");

let project: TempProject;
beforeEach(async () => {
  project = await emptyFolder();
});
afterEach(() => project.remove());

/** Values that YAML or markdown would read otherwise, were they written as they are. */
const HOSTILE = [
  "Login failures\nimpact: critical\nend: 2016-03-01 15:05",
  "line one\n---\nline two",
  "EDIT 10:00 UTC: a fake update",
  "Issue # with #hash and a final #",
  "*emphasis* _under_ `code` [link](https://example.com/) ![pixel](https://evil.example/p.png)",
  "x < y > z & w &amp; &copy; <-- not a tag",
  "- a list item",
  "> a quote",
  "key: value # not a comment",
  "'single' \"double\" {flow} [seq] &anchor *alias !tag % @ `",
  "yes",
  "null",
  "Unicode 😀 ünïcödé \u202E",
  // Longer than a YAML line, within the limit of a component name.
  "long " + "word ".repeat(18),
];

/** What a reader sees of an update: the text of its HTML, whitespace collapsed. */
function seen(html: string): string {
  return (parseHTML(`<div>${html}</div>`).document.querySelector("div")?.textContent ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A status as the importer labels an update with it: `_` as spaces, capitalised, one line. */
function capitalised(status: string): string {
  const text = oneLine(status.replace(/_/g, " "));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

async function importJson(json: unknown) {
  await writeFile(join(project.cwd, "saved.json"), JSON.stringify(json));
  return importStatuspage({
    cwd: project.cwd,
    incidents: "incidents",
    paths: ["saved.json"],
    now: NOW,
    dryRun: false,
    fallbackComponent: "General",
  });
}

describe("statusmark import statuspage, given hostile values", () => {
  it("writes files that read back exactly as the JSON said: titles, components, descriptions and each update's text", async () => {
    const components = HOSTILE.map((name, n) => ({
      id: `c${n}`,
      name: `${name} ${n}`,
      description: `${name}\nSee docs.`,
      status: "operational",
    }));
    const incidents = HOSTILE.map((text, n) => {
      const day = `2016-03-${String(n + 1).padStart(2, "0")}`;
      return {
        id: `${text} ${n}`,
        name: `${text} ${n}`,
        status: "resolved",
        impact: "minor",
        created_at: `${day}T10:00:00Z`,
        started_at: `${day}T10:00:00Z`,
        resolved_at: `${day}T11:00:00Z`,
        updated_at: `${day}T11:00:00Z`,
        components: [{ id: `c${n}`, name: `${text} ${n}` }],
        incident_updates: [
          { id: "u1", status: "investigating", body: text, created_at: `${day}T10:00:00Z` },
          {
            id: "u2",
            status: `${text}\n\nEDIT 10:50 UTC:`,
            body: `${text}\r\n\r\n${text}`,
            created_at: `${day}T10:30:00Z`,
          },
          {
            id: "u3",
            status: "resolved",
            body: `<p>${text.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</p><pre><code>EDIT 10:55 UTC: in code\n</code></pre>`,
            created_at: `${day}T11:00:00Z`,
          },
        ],
      };
    });
    const result = await importJson({
      page: { id: "p", name: "Acme\nurl: https://evil.example/" },
      components,
      incidents,
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.files.map((f) => f.action)).toEqual(HOSTILE.map(() => "create"));

    const checked = await check({ cwd: project.cwd, incidents: "incidents", now: NOW });
    expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const site = parseSite(
      await readFile(join(project.cwd, "incidents/site.yml"), "utf8"),
      new Reporter("site.yml"),
    );
    expect(site?.title).toBe("Acme\nurl: https://evil.example/");
    expect(site?.url).toBe("https://status.example.com/");
    expect(site?.zones).toEqual([]);
    expect(site?.components.map((c) => [c.name, c.description])).toEqual(
      components.map((c) => [c.name, c.description]),
    );

    const history = checked.history!;
    const imported = [...history.incidents].reverse();
    expect(imported.map((i) => i.title)).toEqual(incidents.map((i) => oneLine(i.name)));
    expect(imported.map((i) => i.components)).toEqual(incidents.map((i) => [i.name]));
    expect(imported.map((i) => i.updates.map((u) => [u.status, seen(u.html)]))).toEqual(
      HOSTILE.map((text) => [
        ["investigating", oneLine(text)],
        [
          "investigating",
          `${capitalised(`${text} EDIT 10:50 UTC:`)}: ${oneLine(text)} ${oneLine(text)}`,
        ],
        ["resolved", `${oneLine(text)} EDIT 10:55 UTC: in code`],
      ]),
    );
    // A code block keeps `EDIT` as written.
    expect(imported[0]?.updates[2]?.text).toContain("```\nEDIT 10:55 UTC: in code\n```");
  });

  it("imports a component whose description has two lines", async () => {
    const result = await importJson({
      page: { id: "p", name: "Acme", url: "https://status.acme.example/" },
      components: [
        { id: "c", name: "API", description: "Public API.\nSee docs.", status: "operational" },
      ],
    });
    expect(result.diagnostics).toEqual([]);
    expect(await readFile(join(project.cwd, "incidents/site.yml"), "utf8")).toBe(
      [
        "# Imported from the Statuspage of Acme.",
        "title: Acme",
        "url: https://status.acme.example/",
        "components:",
        "  - name: API",
        "    description: |-",
        "      Public API.",
        "      See docs.",
        "    id: c",
        "",
      ].join("\n"),
    );
  });

  it("writes nothing, not even site.yml, when nothing can be imported", async () => {
    await mkdir(join(project.cwd, "incidents"));
    const result = await importJson({
      page: { id: "p", name: "Acme", url: "https://status.acme.example/" },
    });
    expect(result.nothingToImport).toBe(true);
    expect(result.written).toBe(false);
    await expect(readFile(join(project.cwd, "incidents/site.yml"), "utf8")).rejects.toThrow(
      "ENOENT",
    );
  });
});
