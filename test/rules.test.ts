import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "../src/commands/check.ts";
import { parseSite } from "../src/parse/site.ts";
import { formatText } from "../src/report/format.ts";
import { Reporter } from "../src/diagnostics/diagnostic.ts";
import { checkIncidentFile } from "../src/validate/incident-file.ts";
import { utcDateTime } from "../src/model/time.ts";

// Each folder of test/fixtures/rules is named after the rule its files break;
// expected.txt beside them holds the exact diagnostics, as `statusmark check`
// prints them. Regenerate with `npx vitest run -u` and review the diff.
const fixtures = new URL("fixtures/", import.meta.url);
const NOW = utcDateTime("2022-06-20T00:00:00Z");

async function diagnosticsOf(incidents: string, paths?: string[]) {
  const result = await check({
    cwd: fixtures.pathname,
    incidents,
    now: NOW,
    ...(paths ? { paths } : {}),
  });
  return { result, text: formatText(result.diagnostics, result.filesChecked) };
}

const ruleFolders = readdirSync(new URL("rules/", fixtures), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("validation rules", () => {
  it.each(ruleFolders.filter((name) => name !== "valid"))("%s", async (rule) => {
    const { result, text } = await diagnosticsOf("rules", [`rules/${rule}`]);
    expect(result.diagnostics.map((d) => d.rule)).toContain(rule);
    await expect(text).toMatchFileSnapshot(`fixtures/rules/${rule}/expected.txt`);
  });

  it("accepts a valid file without a diagnostic", async () => {
    const { result, text } = await diagnosticsOf("rules", ["rules/valid"]);
    expect(text).toBe("No problems: 2 files checked.\n");
    expect(result.history?.incidents).toHaveLength(1);
  });
});

describe("line endings", () => {
  it("reads a file saved with Windows line endings exactly as the same file with `\\n`", () => {
    const site = parseSite(
      readFileSync(new URL("rules/site.yml", fixtures), "utf8"),
      new Reporter("site.yml"),
    );
    const text = readFileSync(
      new URL("rules/valid/2022-06-10-hypervisor-lost.md", fixtures),
      "utf8",
    );
    const path = "incidents/2022-06-10-hypervisor-lost.md";
    const unix = checkIncidentFile({ path, text }, site, NOW);
    const windows = checkIncidentFile({ path, text: text.replace(/\n/g, "\r\n") }, site, NOW);
    expect(windows).toEqual(unix);
    expect(unix.incident?.updates[1]?.text).toBe(
      "The server had a [hardware failure](javascript:alert(1)).\n\n- add-ons\n- logs",
    );
  });
});

describe("site.yml rules", () => {
  it.each([
    "site-missing",
    "site-url",
    "site-logo",
    "site-link",
    "text-control-character",
    "invalid",
  ])("%s", async (name) => {
    const { text } = await diagnosticsOf(`sites/${name}`);
    await expect(text).toMatchFileSnapshot(`fixtures/sites/${name}/expected.txt`);
  });
});
