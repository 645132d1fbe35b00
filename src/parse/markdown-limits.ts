import { LIMITS } from "./limits.ts";

/** Why markdown is refused before micromark reads it, and the line where it went over. */
export interface MarkdownExcess {
  line: number;
  kind: "depth" | "stacked" | "inline";
}

/**
 * The first line where `text` goes beyond what micromark and the renderers
 * read in bounded time and stack; null when it stays within the limits. One
 * pass over the text, which over-estimates rather than parses: lists and
 * quotes are counted per line, inline markup per block of non-blank lines
 * (code blocks included, which a blank line inside them resets).
 */
export function markdownExcess(text: string): MarkdownExcess | null {
  const markupBudget = LIMITS.inlineMarkup ** 2;
  let markup = 0;
  let markupCost = 0;
  let stacked = 0;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end);
    line++;
    start = end + 1;
    if (BLANK.test(content)) {
      markupCost += markup * markup;
      markup = 0;
      continue;
    }
    const containers = containersOf(content);
    if (containers.depth > LIMITS.markdownDepth) return { line, kind: "depth" };
    if (containers.stacked && ++stacked > LIMITS.stackedLines) return { line, kind: "stacked" };
    markup += inlineMarkupIn(content, containers.end);
    if (markupCost + markup * markup > markupBudget) return { line, kind: "inline" };
  }
  return null;
}

const BLANK = /^[ \t\r]*$/;

/** What follows a list marker or `>`s on a line: a thematic break (`* * *`, `---`, `___`). */
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t\r]*$/;

/**
 * An upper bound on the lists and block quotes open on a line that starts
 * with one: one per `>` and list marker, and one per two columns of
 * indentation before a marker (a nested list item is indented by at least
 * two), not counting the space that belongs to the marker before it (one
 * after `>`, up to four after a list marker). Tells whether a list item
 * opens another container on the same line (`- - x`, `- > x`), and where
 * the containers' markers end. Stops counting once over the limit, so a line
 * of thousands of markers costs no more than a short one.
 */
export function containersOf(line: string): { depth: number; stacked: boolean; end: number } {
  let markers = 0;
  let lists = 0;
  let indentation = 0;
  let pending = 0;
  let markerSpace = 0;
  let stacked = false;
  let i = 0;
  const depth = () => (markers === 0 ? 0 : markers + Math.floor(indentation / 2));
  while (i < line.length && depth() <= LIMITS.markdownDepth) {
    const c = line[i]!;
    if (c === " " || c === "\t") {
      const columns = c === "\t" ? 4 : 1;
      const owned = Math.min(columns, markerSpace);
      markerSpace -= owned;
      pending += columns - owned;
      i++;
      continue;
    }
    const next = c === ">" ? i + 1 : listMarkerEnd(line, i);
    if (next === -1 || (c !== ">" && THEMATIC_BREAK.test(line.slice(i)))) break;
    if (lists > 0) stacked = true;
    if (c !== ">") lists++;
    markers++;
    indentation += pending;
    pending = 0;
    markerSpace = c === ">" ? 1 : 4;
    i = next;
  }
  return { depth: depth(), stacked, end: i };
}

/** The end of a list marker at `i` (`-`, `+`, `*`, or 1–9 digits then `.` or `)`), or -1. */
function listMarkerEnd(line: string, i: number): number {
  let j = i;
  if (line[i] === "-" || line[i] === "+" || line[i] === "*") j++;
  else {
    while (j < line.length && j - i < 9 && isDigit(line.charCodeAt(j))) j++;
    if (j === i || (line[j] !== "." && line[j] !== ")")) return -1;
    j++;
  }
  // A marker is followed by whitespace or ends the line.
  return j === line.length || line[j] === " " || line[j] === "\t" || line[j] === "\r" ? j : -1;
}

/**
 * Inline markup from `from` on: `*`, `[`, `]`, `<`, backticks, and `_` unless
 * it is inside a word (`snake_case`), where it cannot open or close emphasis.
 */
function inlineMarkupIn(line: string, from: number): number {
  let count = 0;
  for (let k = from; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === STAR || c === OPEN || c === CLOSE || c === LESS || c === BACKTICK) count++;
    else if (
      c === UNDERSCORE &&
      !(isWordCharacter(line.charCodeAt(k - 1)) && isWordCharacter(line.charCodeAt(k + 1)))
    )
      count++;
  }
  return count;
}

const [STAR, OPEN, CLOSE, LESS, BACKTICK, UNDERSCORE] = [..."*[]<`_"].map((c) => c.charCodeAt(0));

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordCharacter(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
