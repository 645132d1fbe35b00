import type { TextFix } from "../diagnostics/marker-problem.ts";

/**
 * Makes each replacement at its line and column, where lines end as the
 * validator counts them (`\n`, `\r\n` or a lone `\r`), and keeps every other
 * byte. A fix whose text is not found at its place is left out, so a file
 * changed since it was checked is never damaged.
 */
export function applyFixes(
  text: string,
  fixes: readonly TextFix[],
): { text: string; applied: TextFix[] } {
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n?|\n/g)) lineStarts.push(match.index + match[0].length);
  const placed = fixes
    .map((fix) => ({ fix, offset: (lineStarts[fix.line - 1] ?? NaN) + fix.column - 1 }))
    .filter(({ fix, offset }) => text.startsWith(fix.actual, offset))
    .sort((a, b) => b.offset - a.offset);
  let result = text;
  let limit = Infinity;
  const applied: TextFix[] = [];
  for (const { fix, offset } of placed) {
    // Two fixes that overlap: only the later one in the file is made.
    if (offset + fix.actual.length > limit) continue;
    result = result.slice(0, offset) + fix.expected + result.slice(offset + fix.actual.length);
    limit = offset;
    applied.unshift(fix);
  }
  return { text: result, applied };
}
