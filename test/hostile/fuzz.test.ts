import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/diagnostics/catalog.ts";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { parseSite } from "../../src/parse/site.ts";
import { checkIncidentFile } from "../../src/validate/incident-file.ts";

// Random files built from the shapes that once hung or crashed the check
// (nesting, runs of emphasis, YAML depth, markers, control characters), up to
// a little over the size limit. Every one must come back with diagnostics,
// never an exception, within the time the issue allows a pull request check.
const site = parseSite(
  "title: T\nurl: https://status.example.com/\ncomponents:\n  - name: Infrastructure\n",
  new Reporter("site.yml"),
)!;
const NOW = utcDateTime("2022-06-20T00:00:00Z");
const HEAD = "---\ncomponent: Infrastructure\nstart: 2022-06-10 05:23\n---\n# T\n\n";
/** The bound for one pathological file, with room for a busy machine. */
const BOUND_MS = 2_000;

const PIECES = [
  "- ",
  "> ",
  "1. ",
  "*",
  "**",
  "_",
  "[",
  "](",
  ")",
  "![",
  "`",
  "```",
  "<",
  "<!--",
  "&#",
  "\n",
  "\n\n",
  "    ",
  "\t",
  " ",
  "a",
  "word ",
  "#",
  "|",
  "---",
  "***",
  "EDIT 10:00 UTC: ",
  "Edit 9:2 utc ",
  "Identified: ",
  "\u0000",
  "\u202E",
  "\uD800",
  "\r\n",
];
const YAML_PIECES = ["- ", "  ", "[", "{", "k: ", "*a", "&a ", "!tag ", "\n", "x", ": ", '"', "'"];

const run = (pieces: readonly string[], maxRepeat: number) =>
  fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 1, max: maxRepeat })), {
      maxLength: 40,
    })
    .map((parts) => parts.map(([piece, times]) => piece.repeat(times)).join(""))
    .filter((text) => text.length <= 70_000);

const file = fc.oneof(
  run(PIECES, 3_000).map((body) => HEAD + body),
  run(YAML_PIECES, 2_000).map((yaml) => `---\ncomponent: ${yaml}\n---\n# T\n`),
  fc
    .tuple(run(YAML_PIECES, 50), run(PIECES, 500))
    .map(([yaml, body]) => `---\n${yaml}\n---\n${body}`),
);

describe("a file of random pathological shapes", () => {
  it("gets diagnostics that name a rule and a place, never an exception, within the bound", () => {
    let slowest = 0;
    fc.assert(
      fc.property(file, (text) => {
        const started = performance.now();
        const result = checkIncidentFile({ path: "incidents/2022-06-10-fuzz.md", text }, site, NOW);
        slowest = Math.max(slowest, performance.now() - started);
        for (const d of result.diagnostics) {
          expect(Object.keys(RULES)).toContain(d.rule);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
        expect(result.incident !== null || result.diagnostics.length > 0).toBe(true);
      }),
      { numRuns: 150, seed: 20221130 },
    );
    expect(slowest).toBeLessThan(BOUND_MS);
  }, 120_000);
});
