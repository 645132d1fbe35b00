import { CST, Lexer } from "yaml";
import { LIMITS } from "./limits.ts";

/**
 * The 1-based line where YAML first nests deeper than `LIMITS.yamlDepth`,
 * counting open flow collections (`[`, `{`) and block levels (each deeper
 * indentation, and each `-` or `?` item opened on a line); null when it never
 * does. yaml's parser recurses once per level; its lexer does not, and it
 * tells quotes, comments and block scalars apart from structure, so the count
 * is the structure YAML will read. Stops at the first line over the limit.
 */
export function deepYamlLine(text: string): number | null {
  const levels: number[] = [];
  let flow = 0;
  let line = 1;
  let column = 0;
  let lineStart = true;
  let afterIndicator = false;
  let previous: string | null = null;
  let blockScalar = false;
  for (const token of new Lexer().lex(text)) {
    // After the `\u001f` marker comes a scalar's source, whatever it looks like.
    const type: string = previous === "scalar" ? "scalar-source" : (CST.tokenType(token) ?? "");
    previous = type;
    if (type === "block-scalar-header") blockScalar = true;
    if (type === "scalar" || type === "doc-mode" || type === "flow-error-end") continue;
    if (type === "scalar-source" && blockScalar) {
      // A block scalar's lines are text, however they are indented.
      blockScalar = false;
      line += token.split("\n").length - 1;
      column = 0;
      lineStart = token.endsWith("\n");
      continue;
    }
    if (type === "newline") {
      line++;
      column = 0;
      lineStart = true;
      afterIndicator = false;
      continue;
    }
    if (type !== "space" && type !== "comment" && flow === 0 && (lineStart || afterIndicator)) {
      openBlockLevel(levels, column, lineStart);
      lineStart = false;
    }
    if (type === "flow-seq-start" || type === "flow-map-start") flow++;
    else if ((type === "flow-seq-end" || type === "flow-map-end") && flow > 0) flow--;
    if (type !== "space") afterIndicator = type === "seq-item-ind" || type === "explicit-key-ind";
    if (levels.length + flow > LIMITS.yamlDepth) return line;
    const lines = token.split("\n");
    line += lines.length - 1;
    column = lines.length > 1 ? lines[lines.length - 1]!.length : column + token.length;
  }
  return null;
}

/** Closes the levels indented deeper than `column` when a line starts there, and opens its own. */
function openBlockLevel(levels: number[], column: number, lineStart: boolean): void {
  if (lineStart) while (levels.length > 0 && levels[levels.length - 1]! > column) levels.pop();
  if (levels.length === 0 || levels[levels.length - 1]! < column) levels.push(column);
}
