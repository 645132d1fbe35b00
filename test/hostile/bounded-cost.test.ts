import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { LIMITS } from "../../src/parse/limits.ts";
import { parseSite } from "../../src/parse/site.ts";
import { checkIncidentFile } from "../../src/validate/incident-file.ts";
import { withinStack } from "../../src/validate/limits.ts";

// Shapes that made `statusmark check` of one small file hang for minutes or
// die of a stack overflow: each is now refused by a linear scan before any
// parser reads it, with its own rule, at its line.
const SITE = "title: T\nurl: https://status.example.com/\ncomponents:\n  - name: Infrastructure\n";
const site = parseSite(SITE, new Reporter("site.yml"))!;
const NOW = utcDateTime("2022-06-20T00:00:00Z");
/** Frontmatter and title: the payload starts on line 8. */
const HEAD =
  "---\ncomponent: Infrastructure\nstart: 2022-06-10 05:23\nend: 2022-06-10 09:10\n---\n# T\n\n";

function check(text: string) {
  const result = checkIncidentFile({ path: "incidents/2022-06-10-payload.md", text }, site, NOW);
  return {
    valid: result.incident !== null,
    problems: result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`),
    messages: result.diagnostics.map((d) => d.message),
  };
}

function siteProblems(text: string) {
  const report = new Reporter("site.yml");
  const parsed = parseSite(text, report);
  return { parsed, problems: report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`) };
}

describe("a shape that hung or crashed the check", () => {
  it.each([
    [
      "`- ` 1,000 times on a line (stack overflow)",
      HEAD + "- ".repeat(1_000) + "x\n",
      "8:1 markdown-too-complex",
    ],
    [
      "`>` 2,000 times (stack overflow)",
      HEAD + ">".repeat(2_000) + " x\n",
      "8:1 markdown-too-complex",
    ],
    ["`- ` 10,000 times (hang)", HEAD + "- ".repeat(10_000) + "x\n", "8:1 markdown-too-complex"],
    [
      "`>` 2,000 times before a thematic break",
      HEAD + "> ".repeat(2_000) + "***\n",
      "8:1 markdown-too-complex",
    ],
    ["`*a` 50,000 times (100 KB, 55 s)", HEAD + "*a".repeat(50_000) + "\n", "1:1 file-too-large"],
    [
      "25,000 `*`, `a`, 25,000 `*` (hang)",
      HEAD + "*".repeat(25_000) + "a" + "*".repeat(25_000) + "\n",
      "8:1 markdown-too-complex",
    ],
    [
      "a YAML list nested 5,000 deep (stack overflow)",
      "---\ncomponent:\n  " + "- ".repeat(5_000) + "x\n---\n# T\n",
      "3:1 markdown-too-complex",
    ],
    [
      "100,000 frontmatter keys (1 MB, quadratic)",
      "---\n" + "k: 1\n".repeat(100_000) + "---\n# T\n",
      "1:1 file-too-large",
    ],
    [
      "5 MB of paragraphs (22 s, 2.6 GB)",
      HEAD + "Some *words*.\n\n".repeat(350_000),
      "1:1 file-too-large",
    ],
  ])("is refused before parsing: %s", (_, text, problem) => {
    expect(check(text).problems).toEqual([problem]);
  });

  it("says what is over the limit and how to fix it", () => {
    expect(check(HEAD + "- ".repeat(1_000) + "x\n").messages).toEqual([
      "Unexpected list or quote nested deeper than 12 levels, expected at most 12: flatten it",
    ]);
    expect(check(HEAD + "*a".repeat(50_000)).messages).toEqual([
      "Unexpected file of 100,085 bytes, expected at most 65,536 (64 KB): shorten it, or link to a longer report",
    ]);
  });
});

describe("the limits", () => {
  it("accept lists and quotes nested 12 deep, and refuse 13", () => {
    expect(check(HEAD + "> ".repeat(12) + "x\n").valid).toBe(true);
    expect(check(HEAD + "> ".repeat(13) + "x\n").problems).toEqual(["8:1 markdown-too-complex"]);
    const nested = (depth: number) =>
      Array.from({ length: depth }, (_, i) => "  ".repeat(i) + "- item").join("\n");
    expect(check(HEAD + nested(12) + "\n").valid).toBe(true);
    expect(check(HEAD + nested(13) + "\n").problems).toEqual(["20:1 markdown-too-complex"]);
    expect(check(HEAD + "- ".repeat(12) + "x\n").valid).toBe(true);
  });

  it("accept 100 lines that open a list inside a new list item, and refuse the 101st", () => {
    expect(check(HEAD + "- - x\n".repeat(100)).valid).toBe(true);
    expect(check(HEAD + "- - x\n".repeat(101)).problems).toEqual(["108:1 markdown-too-complex"]);
  });

  it("accept 1,000 marks of emphasis in a paragraph, and refuse 1,001", () => {
    expect(check(HEAD + "*a* ".repeat(500) + "\n").valid).toBe(true);
    expect(check(HEAD + "*a* ".repeat(500) + "*\n").problems).toEqual(["8:1 markdown-too-complex"]);
  });

  it("count emphasis across paragraphs: 100 paragraphs of 100 marks pass, 101 do not", () => {
    const paragraph = "*a* ".repeat(50) + "\n\n";
    expect(check(HEAD + paragraph.repeat(100)).valid).toBe(true);
    expect(check(HEAD + paragraph.repeat(101)).problems).toEqual(["208:1 markdown-too-complex"]);
  });

  it("do not count an underscore inside a word", () => {
    expect(check(HEAD + "snake_case ".repeat(2_000) + "\n").valid).toBe(true);
  });

  it("accept a file of 64 KB and 1,000 lines, and refuse one byte or one line more", () => {
    const fill = (lines: number, bytes: number) => {
      const body = "a\n".repeat(lines - 8);
      return HEAD + body + "b".repeat(bytes - HEAD.length - body.length - 1) + "\n";
    };
    expect(check(fill(1_000, LIMITS.incidentBytes)).valid).toBe(true);
    expect(check(fill(1_000, LIMITS.incidentBytes + 1)).problems).toEqual(["1:1 file-too-large"]);
    expect(check(fill(1_001, 4_000)).problems).toEqual(["1001:1 file-too-large"]);
  });

  it("accept a frontmatter of 4 KB, and refuse a longer one at its first line", () => {
    const keys = "component: Infrastructure\nstart: 2022-06-10 05:23\nend: 2022-06-10 09:10\n";
    // The YAML is what lies between the fences, from the newline after `---`.
    const withYaml = (bytes: number) =>
      `---\n# ${"c".repeat(bytes - keys.length - 4)}\n${keys}---\n# T\n`;
    expect(check(withYaml(LIMITS.frontmatterBytes)).valid).toBe(true);
    expect(check(withYaml(LIMITS.frontmatterBytes + 1)).problems).toEqual(["2:1 yaml-too-complex"]);
  });

  it("refuse YAML nested deeper than 8 levels, in block or flow style", () => {
    const yaml = (component: string) =>
      `---\ncomponent: ${component}\nstart: 2022-06-10 05:23\nend: 2022-06-10 09:10\n---\n# T\n`;
    expect(check(yaml("[".repeat(7) + "Infrastructure" + "]".repeat(7))).problems).toEqual([
      "2:13 value-type",
    ]);
    expect(check(yaml("[".repeat(8) + "Infrastructure" + "]".repeat(8))).problems).toEqual([
      "2:1 yaml-too-complex",
    ]);
    const indented = "a:\n b:\n  c:\n   d:\n    e:\n     f:\n      g:\n       h:\n        i:\n";
    expect(check(`---\n${indented}---\n# T\n`).problems).toEqual(["10:1 yaml-too-complex"]);
  });
});

describe("site.yml", () => {
  it("is refused when nested deeper than 8 levels, before yaml parses it", () => {
    expect(siteProblems(SITE + "zones:\n  - " + "- ".repeat(5_000) + "x\n").problems).toEqual([
      "6:1 yaml-too-complex",
    ]);
    expect(siteProblems(SITE + "description: " + "[".repeat(50_000)).problems).toEqual([
      "5:1 yaml-too-complex",
    ]);
  });

  it("is refused over 128 KB", () => {
    expect(siteProblems(SITE + "# " + "x".repeat(LIMITS.siteBytes) + "\n").problems).toEqual([
      "1:1 yaml-too-complex",
    ]);
  });

  it("declares at most 500 components and 100 zones, the first one over reported", () => {
    const components = Array.from({ length: 501 }, (_, i) => `  - C${i}\n`).join("");
    const zones = Array.from({ length: 101 }, (_, i) => `  - id: Z${i}\n`).join("");
    const text = `title: T\nurl: https://status.example.com/\ncomponents:\n${components}zones:\n${zones}`;
    expect(siteProblems(text).problems).toEqual(["504:5 file-too-large", "606:5 file-too-large"]);
  });

  it("reads 10,000 keys in linear time and names the key written twice", () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}: 1\n`).join("");
    const report = new Reporter("site.yml");
    const started = performance.now();
    parseSite(SITE + keys + "k42: 2\n", report);
    expect(performance.now() - started).toBeLessThan(10_000);
    const duplicate = report.diagnostics.find((d) => d.rule === "yaml-syntax");
    expect(duplicate).toEqual({
      file: "site.yml",
      line: 10_005,
      column: 1,
      severity: "error",
      rule: "yaml-syntax",
      message: "Unexpected second key `k42`, expected each key once: remove one of them",
      cause: { file: "site.yml", line: 47, column: 1, message: "first written here" },
    });
  });
});

describe("a stack overflow left in a parser", () => {
  const recurse = (n: number): number => recurse(n + 1) + 1;

  it("is the file's problem, not the end of the run", () => {
    expect(
      withinStack(
        () => recurse(0),
        () => -1,
      ),
    ).toBe(-1);
  });

  it("is told apart from a bug, which is not hidden", () => {
    expect(() =>
      withinStack(
        () => {
          throw new TypeError("a bug");
        },
        () => -1,
      ),
    ).toThrow("a bug");
  });
});
