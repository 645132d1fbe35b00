import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSite } from "../src/parse/site.ts";
import { Reporter } from "../src/diagnostics/diagnostic.ts";
import { checkIncidentFile } from "../src/validate/incident-file.ts";
import { utcDateTime } from "../src/model/time.ts";

// Property tests: whatever an operator (or a fork) puts in a file, the
// validator answers with diagnostics, never with an exception.
const sampleDir = new URL("fixtures/sample/incidents/", import.meta.url);
const site = parseSite(
  readFileSync(new URL("site.yml", sampleDir), "utf8"),
  new Reporter("site.yml"),
)!;
const samples = readdirSync(sampleDir)
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ name, text: readFileSync(new URL(name, sampleDir), "utf8") }));
const NOW = utcDateTime("2022-06-11T12:00:00Z");

function check(name: string, text: string) {
  return checkIncidentFile({ path: `incidents/${name}`, text }, site, NOW);
}

/** Edits that each make a valid incident file invalid. */
const breakages: [string, (text: string, n: number) => string][] = [
  ["drop the start line", (t) => t.replace(/^start: .*\n/m, "")],
  ["drop the component line", (t) => t.replace(/^component: .*\n/m, "")],
  ["misspell a key", (t) => t.replace(/^start:/m, "strat:")],
  ["an undeclared component", (t, n) => t.replace(/^component: .*$/m, `component: Nothing${n}`)],
  [
    "an impossible start",
    (t, n) => t.replace(/^start: .*$/m, `start: 2022-13-${10 + (n % 20)} 05:23`),
  ],
  ["a start without a date", (t) => t.replace(/^start: \d{4}-\d{2}-\d{2} /m, "start: ")],
  ["an unknown impact", (t, n) => t.replace(/^---\n/, `---\nimpact: level${n}\n`)],
  ["retroactive: yes", (t) => t.replace(/^---\n/, "---\nretroactive: yes\n")],
  ["no title", (t) => t.replace(/\n---\n# .*\n/, "\n---\n")],
  ["a second title", (t) => t + "\n# Another title\n"],
  ["an impossible update time", (t, n) => t + `\nEDIT ${24 + (n % 70)}:${n % 99} UTC: late\n`],
  ["a marker we cannot read", (t, n) => t + `\nEDIT ${n}h: odd\n`],
  ["an end before the start", (t) => t.replace(/^end: .*$/m, "end: 2000-01-01 00:00")],
  ["no closing fence", (t) => t.replace(/\n---\n/, "\n")],
  ["a code fence", (t) => t.replace(/^---\n/, "---js\n")],
  ["broken YAML", (t, n) => t.replace(/^component: /m, `component: [${"{".repeat(1 + (n % 3))}`)],
  ["tabs in YAML", (t) => t.replace(/^start:/m, "\tstart:")],
  ["no frontmatter", (t) => t.replace(/^---[\s\S]*?\n---\n/, "")],
];

describe("malformed input", () => {
  it("reports an error for every file broken by a known edit, and never throws", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.constantFrom(...breakages),
        fc.nat(1000),
        (sample, [, edit], n) => {
          const broken = edit(sample.text, n);
          fc.pre(broken !== sample.text);
          const result = check(sample.name, broken);
          checked++;
          return result.incident === null && result.diagnostics.some((d) => d.severity === "error");
        },
      ),
      { numRuns: 300, seed: 20220610 },
    );
    expect(checked).toBeGreaterThanOrEqual(200);
  });

  it("answers any text at all with diagnostics or a valid incident, positioned inside the file", () => {
    const fragments = fc.constantFrom(
      "---\n",
      "---js\n",
      "component: Mails\n",
      "start: 2022-06-09 12:30\n",
      "end: 2022-06-09 16:15\n",
      "# Title\n",
      "EDIT 13:55 UTC: ok\n",
      "EDIT:\n",
      "EDIT 99:99 UTC:\n",
      "16:13:00 UTC: x\n",
      "\n",
      "- [a](javascript:x)\n",
      "component: &a [Mails]\nzone: *a\n",
      "component: *nowhere\n",
      "<script>x</script>\n",
      "  - : [\n",
      "\uFEFF",
      "\r\n",
      "{{ 7*7 }}\n",
    );
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.array(fragments, { maxLength: 25 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(text, (input) => {
        const result = check("2022-06-09-fuzz.md", input);
        const lines = input.split("\n").length + 1;
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
        return result.incident !== null || result.diagnostics.length > 0;
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
