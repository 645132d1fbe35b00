import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/commands/check.ts";
import { newIncident } from "../../src/commands/new.ts";
import { resolveIncident } from "../../src/commands/resolve.ts";
import { updateIncident } from "../../src/commands/update.ts";
import { updateHtml } from "../../src/edit/read-back.ts";
import { utcDateTime } from "../../src/model/time.ts";
import type { Incident } from "../../src/model/types.ts";
import { emptyFolder, type TempProject } from "../support/sample-copy.ts";

let project: TempProject;
beforeAll(async () => {
  project = await emptyFolder();
  await mkdir(join(project.cwd, "incidents"));
  await writeFile(
    join(project.cwd, "incidents/site.yml"),
    "title: Status\nurl: https://status.example.com/\ncomponents:\n  - Mails\n",
  );
});
afterAll(() => project.remove());

const NOW = utcDateTime("2022-06-11T12:00:00Z");
const options = { incidents: "incidents", now: NOW };

async function incident(id: string): Promise<Incident> {
  const { history, diagnostics } = await check({ cwd: project.cwd, ...options });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const found = history?.incidents.find((i) => i.id === id);
  if (!found) throw new Error(`no incident ${id}`);
  return found;
}

/** Titles that markdown would read otherwise, each with a word for its file name. */
const TITLES = [
  "Issue #",
  "Hashes ##",
  "Tickets #42 and C#",
  "Ends with # #",
  "The *x* and _y_ and `z`",
  "Link [here](https://example.com/) and ![pixel](https://evil.example/p.png)",
  "Raw <b>html</b> and <https://example.com/>",
  "Entities &amp; &copy; &#69;",
  "Back\\slash and a trailing \\",
  "EDIT 10:00 UTC: a title",
  "x ]]> y",
  "Unicode 😀 ünïcödé",
  "Spaces   and\ttabs",
];

describe("statusmark new, given a title markdown would read otherwise", () => {
  it.each(TITLES)("writes a file whose title reads back as typed: %s", async (title) => {
    const result = await newIncident({
      cwd: project.cwd,
      ...options,
      input: { components: ["Mails"], zones: [], title, message: "First post." },
    });
    expect(result.ok, result.ok ? "" : result.message).toBe(true);
    const id = result.ok ? result.path.slice("incidents/".length, -".md".length) : "";
    expect((await incident(id)).title).toBe(title.replace(/\s+/g, " "));
  });
});

/** Update texts whose markdown could break the file's structure, and whether they can be posted. */
const MESSAGES: [message: string, accepted: boolean][] = [
  ["We found it\n---\nmore text", true],
  ["one\n\nEDIT 11:30 UTC: two", true],
  ["EDIT 10:00 UTC: starts like a marker", true],
  ["EDIT: no time\n\nEDIT 9h: malformed", true],
  ["- a list\n- of items", true],
  ["## A heading", true],
  ["    indented code\n\nEDIT 10:00 UTC: after it", true],
  ["```\nEDIT 10:00 UTC: in a fence\n```", true],
  ["> EDIT 10:00 UTC: in a quote", true],
  ["text ]]> <script>alert(1)</script> {{ 7*7 }}", true],
  ["# A second title", false],
  ["A setext title\n===", false],
  ["```\nan unclosed fence", false],
  ["<!-- an unclosed comment", false],
];

describe("statusmark update and resolve, given text markdown would read otherwise", () => {
  it.each(MESSAGES)("posts %j as exactly one update, or refuses it", async (message, accepted) => {
    const created = await newIncident({
      cwd: project.cwd,
      ...options,
      input: {
        components: ["Mails"],
        zones: [],
        title: `Update ${MESSAGES.findIndex(([m]) => m === message)}`,
        start: "11:00",
      },
    });
    if (!created.ok) throw new Error(created.message);
    const id = created.path.slice("incidents/".length, -".md".length);
    const before = await incident(id);
    const updated = await updateIncident({
      cwd: project.cwd,
      ...options,
      id,
      message,
      at: "11:10",
    });
    expect(updated.ok).toBe(accepted);
    if (!accepted) return;
    const after = await incident(id);
    expect(after.updates).toHaveLength(before.updates.length + 1);
    expect(after.updates.at(-1)?.html).toBe(updateHtml(message));

    const resolved = await resolveIncident({
      cwd: project.cwd,
      ...options,
      id,
      message,
      at: "11:20",
    });
    expect(resolved.ok).toBe(true);
    const ended = await incident(id);
    expect(ended.updates).toHaveLength(before.updates.length + 2);
    expect(ended.updates.at(-1)?.html).toBe(updateHtml(message));
    expect(ended.end).toBe("2022-06-11T11:20:00Z");
  });

  it("keeps the text of an update that needs no escape exactly as given", async () => {
    const message = "We found it\n---\nmore text\n\n- a\n- b";
    const created = await newIncident({
      cwd: project.cwd,
      ...options,
      input: { components: ["Mails"], zones: [], title: "Plain text", start: "11:00", message },
    });
    if (!created.ok) throw new Error(created.message);
    const updated = await updateIncident({
      cwd: project.cwd,
      ...options,
      id: "2022-06-11-plain-text",
      message,
      at: "11:10",
    });
    expect(updated.ok).toBe(true);
    expect((await incident("2022-06-11-plain-text")).updates.map((u) => u.text)).toEqual([
      message,
      message,
    ]);
  });

  it("says why it refuses text that would leave a block open", async () => {
    const result = await updateIncident({
      cwd: project.cwd,
      ...options,
      id: "2022-06-11-plain-text",
      message: "```\nan unclosed fence",
      at: "11:30",
    });
    expect(result).toEqual({
      ok: false,
      message:
        "Nothing was written: the text leaves a code block or HTML block open, so the next update would be read as part of it: close it",
      diagnostics: [],
    });
  });
});
