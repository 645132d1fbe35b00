import { codePoint, FORBIDDEN_CHARACTER } from "../model/characters.ts";
import type { Position, Reporter } from "../diagnostics/diagnostic.ts";

/**
 * Reports the first forbidden character of each line of `text` where it is
 * (`text-control-character`). A pasted terminal line may hold a dozen; one
 * message a line is enough to find them.
 */
export function reportForbiddenCharacters(text: string, report: Reporter): void {
  let line = 1;
  let lineStart = 0;
  let reportedLine = 0;
  for (const match of text.matchAll(FORBIDDEN_CHARACTER)) {
    for (let n = text.indexOf("\n", lineStart); n !== -1 && n < match.index;) {
      line++;
      lineStart = n + 1;
      n = text.indexOf("\n", lineStart);
    }
    if (line === reportedLine) continue;
    reportedLine = line;
    reportCharacter(match[0], { line, column: match.index - lineStart + 1 }, report);
  }
}

/** Reports a forbidden character that a value holds, such as one written as a YAML escape. */
export function reportForbiddenValue(value: string, at: Position, report: Reporter): void {
  const found = FORBIDDEN_CHARACTER.exec(value);
  FORBIDDEN_CHARACTER.lastIndex = 0;
  if (found) reportCharacter(found[0], at, report);
}

/** Whether `text` holds a forbidden character. */
export function hasForbiddenCharacter(text: string): boolean {
  return text.search(FORBIDDEN_CHARACTER) !== -1;
}

function reportCharacter(character: string, at: Position, report: Reporter): void {
  const kind = /[\uD800-\uDFFF]/.test(character)
    ? "surrogate"
    : /[\uFFFE\uFFFF]/.test(character)
      ? "noncharacter"
      : "control";
  report.error("text-control-character", at, { character: codePoint(character), kind });
}
