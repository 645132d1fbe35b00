import type { Diagnostic } from "../diagnostics/diagnostic.ts";

export const FORMATS = ["text", "json", "github"] as const;
export type Format = (typeof FORMATS)[number];

/** `path:line:column: severity: message [rule]`, a line each (a cause indented below). */
export function formatLines(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const head = `${printable(d.file)}:${d.line}:${d.column}: ${d.severity}: ${printable(d.message)} [${d.rule}]\n`;
      return d.cause
        ? `${head}  ${printable(d.cause.file)}:${d.cause.line}:${d.cause.column}: ${printable(d.cause.message)}\n`
        : head;
    })
    .join("");
}

/**
 * `severity: message [rule]`, a line each: for text that was not written,
 * whose lines and columns are in no file.
 */
export function formatUnplaced(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.severity}: ${d.message} [${d.rule}]\n`).join("");
}

/** What `check --fix` changed, a line each: `path:line:column: fixed: \`EDIT 9:22 UTC -\` → \`EDIT 09:22 UTC:\``. */
export function formatFixes(
  fixes: readonly {
    file: string;
    line: number;
    column: number;
    actual: string;
    expected: string;
  }[],
): string {
  return fixes
    .map((f) => `${f.file}:${f.line}:${f.column}: fixed: \`${f.actual}\` → \`${f.expected}\`\n`)
    .join("");
}

/** The diagnostics' lines, then the summary. */
export function formatText(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  return formatLines(diagnostics) + summary(diagnostics, filesChecked) + "\n";
}

/**
 * The diagnostics as a JSON array, for tools. JSON.stringify escapes only
 * C0 controls; the other invisible characters are escaped too, which leaves
 * the values as they were.
 */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(diagnostics, null, 2).replace(UNESCAPED_BY_JSON, unicodeEscape) + "\n";
}

/** GitHub Actions workflow commands, which annotate the pull request's changed lines. */
export function formatGithub(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  const lines = diagnostics.map((d) => {
    const command = d.severity === "error" ? "error" : "warning";
    const properties = `file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.rule)}`;
    return `::${command} ${properties}::${data(printable(d.message))}`;
  });
  return [...lines, summary(diagnostics, filesChecked)].join("\n") + "\n";
}

export function summary(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const checked = `${filesChecked} ${plural(filesChecked, "file")} checked`;
  if (diagnostics.length === 0) return `No problems: ${checked}.`;
  return `${plural(errors, "error", true)}, ${plural(warnings, "warning", true)} in ${plural(files, "file", true)} (${checked}).`;
}

function plural(n: number, word: string, withCount = false): string {
  const text = n === 1 ? word : `${word}s`;
  return withCount ? `${n} ${text}` : text;
}

function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function property(text: string): string {
  return data(printable(text)).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidi
 * overrides: printed as they are, a value could move the cursor, recolour or
 * erase the report, or forge a line of it.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const UNESCAPED_BY_JSON = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** Text for one line of a report: invisible and control characters as `\u001B` escapes. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, unicodeEscape);
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
