import { LIMITS } from "../parse/limits.ts";
import { markdownExcess, type MarkdownExcess } from "../parse/markdown-limits.ts";
import type { Reporter } from "../diagnostics/diagnostic.ts";

/**
 * Reports an incident file over the limits on its size, its lines or its
 * markdown's nesting and markup; false when it is, and then no parser may
 * read it. One linear pass, before any parser runs.
 */
export function withinIncidentLimits(text: string, report: Reporter): boolean {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > LIMITS.incidentBytes) {
    report.error("file-too-large", START, { file: "incident", bytes, limit: LIMITS.incidentBytes });
    return false;
  }
  const lines = lineCount(text);
  if (lines > LIMITS.incidentLines) {
    report.error(
      "file-too-large",
      { line: LIMITS.incidentLines + 1, column: 1 },
      { lines, limit: LIMITS.incidentLines },
    );
    return false;
  }
  const excess = markdownExcess(text);
  if (excess === null) return true;
  report.error("markdown-too-complex", { line: excess.line, column: 1 }, excessDetails(excess));
  return false;
}

function excessDetails({ kind }: MarkdownExcess) {
  if (kind === "depth") return { depth: LIMITS.markdownDepth };
  if (kind === "stacked") return { stacked: LIMITS.stackedLines };
  return { markup: LIMITS.inlineMarkup };
}

/** Lines as an editor counts them: a final newline does not start another. */
function lineCount(text: string): number {
  let count = text.endsWith("\n") || text === "" ? 0 : 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/**
 * Runs `read`, or `overflow` when it runs out of stack. The limits keep the
 * parsers' recursion shallow; should a shape slip past them, it is the
 * file's problem, reported on it, and the other files are still checked.
 */
export function withinStack<T>(read: () => T, overflow: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return overflow();
    throw error;
  }
}

const START = { line: 1, column: 1 };
