/**
 * Quotes what the author wrote, the way every message does. Line breaks and
 * control characters are shown as escapes (`\n`, `\u001B`): a message is one
 * line, and a terminal must not run what a file holds.
 */
export function code(value: unknown): string {
  return "`" + printable(String(value)) + "`";
}

/** Text for one line of a message: line breaks and control characters as escapes. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}

const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\x00-\x1F\x7F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escape(character: string): string {
  return (
    NAMED[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`
  );
}

/** `a`, `b` or `c`. */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map(code);
  return quoted.length < 2
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
