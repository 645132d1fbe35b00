import matter from "gray-matter";
import type { Position, Reporter } from "../diagnostics/diagnostic.ts";
import { readYamlFields, type Field } from "./yaml.ts";

export type { Field };

export interface Frontmatter {
  /** Null when the frontmatter could not be read (reported already). */
  fields: Field[] | null;
  /** False when no `---` line closes the frontmatter: then there is no body. */
  closed: boolean;
  /** The closing `---` line, where a missing key would be added. */
  closeAt: Position;
  /** Offset in the file where the markdown body begins. */
  bodyOffset: number;
}

const CLOSING_FENCE = /^---[ \t]*\r?$/m;

/**
 * Splits off the frontmatter and reads its YAML, reporting what it cannot read.
 * gray-matter only finds the fence and its language: its own `data` would
 * `eval` a `---js` block and loses the positions that messages need.
 */
export function parseFrontmatter(text: string, report: Reporter): Frontmatter | null {
  if (!matter.test(text)) {
    report.error("frontmatter-missing", { line: 1, column: 1 });
    return null;
  }
  const yamlStart = text.indexOf("\n");
  const closing = yamlStart === -1 ? null : CLOSING_FENCE.exec(text.slice(yamlStart + 1));
  if (!closing) {
    report.error("frontmatter-unclosed", { line: 1, column: 1 });
    const lastLine = text.split("\n").length;
    return {
      fields: null,
      closed: false,
      closeAt: { line: lastLine, column: 1 },
      bodyOffset: text.length,
    };
  }
  const yamlEnd = yamlStart + 1 + closing.index;
  const closeAt = { line: text.slice(0, yamlEnd).split("\n").length, column: 1 };
  const bodyOffset = yamlEnd + closing[0].length;
  const language = matter.language(text).name;
  if (!["", "yaml", "yml"].includes(language.toLowerCase())) {
    report.error(
      "frontmatter-language",
      { line: 1, column: 4 },
      {
        actual: language,
        expected: ["yaml"],
      },
    );
    return { fields: null, closed: true, closeAt, bodyOffset };
  }
  // Keep the opening line's newline so YAML line numbers equal file line numbers.
  const fields = readYamlFields(text.slice(yamlStart, yamlEnd), report, "frontmatter");
  return { fields, closed: true, closeAt, bodyOffset };
}
