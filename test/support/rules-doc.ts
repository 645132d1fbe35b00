import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/diagnostics/catalog.ts";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;

/** Where each rule's example lives: its own folder, a site.yml case of its own, or the invalid site.yml. */
export function fixtureFolder(rule: string): string {
  const own = join("rules", rule);
  if (exists(join(fixtures, own))) return own;
  const site = join("sites", rule);
  return exists(join(fixtures, site)) ? site : "sites/invalid";
}

/** Renders docs/rules.md from the rule catalog and the fixtures. */
export function renderRulesDoc(): string {
  const rules = Object.entries(RULES).map(([id, rule]) => ({ id, ...rule }));
  const lines = [
    "# Validation rules",
    "",
    "<!-- Generated from src/diagnostics/catalog.ts and test/fixtures by `npx vitest run -u test/docs.test.ts`; do not edit by hand. -->",
    "",
    "`statusmark check` runs every rule on every file and prints each problem as",
    "`path:line:column: severity: message [rule-id]`. Errors fail the check and the build;",
    "warnings are printed and the build goes on. Rule ids are permanent.",
    "",
    "| rule | severity | what it checks |",
    "| --- | --- | --- |",
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.summary} |`),
    "",
  ];
  for (const rule of rules) {
    const folder = fixtureFolder(rule.id);
    lines.push(
      `## ${rule.id}`,
      "",
      `${rule.severity === "error" ? "Error" : "Warning"}. ${rule.summary}`,
      "",
    );
    for (const file of examples(folder)) {
      const path = join(fixtures, folder, file);
      if (lstatSync(path).isSymbolicLink()) {
        lines.push(`\`${folder}/${file}\` is a symbolic link to \`${readlinkSync(path)}\`.`, "");
        continue;
      }
      const text = readFileSync(path, "utf8");
      lines.push(
        `\`${folder}/${file}\`:`,
        "",
        "```" + (file.endsWith(".yml") ? "yaml" : "markdown"),
        abridged(text.trimEnd()),
        "```",
        "",
      );
    }
    const expected = readFileSync(join(fixtures, folder, "expected.txt"), "utf8").trimEnd();
    lines.push("`statusmark check` prints:", "", "```text", expected, "```", "");
  }
  return lines.join("\n");
}

/** A fixture as shown in the docs: the first lines of one too long to read there. */
function abridged(text: string): string {
  const lines = text.split("\n");
  if (lines.length <= SHOWN_LINES) return text;
  return [...lines.slice(0, SHOWN_LINES), `… (${lines.length} lines in all)`].join("\n");
}

const SHOWN_LINES = 40;

function examples(folder: string): string[] {
  const dir = join(fixtures, folder);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(md|yml)$/i.test(f) && !/latin1/.test(f))
    .filter((f) => !(folder.startsWith("rules/") && f === "site.yml"))
    .sort();
}

function exists(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
