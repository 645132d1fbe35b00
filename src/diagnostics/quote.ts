/** Quotes what the author wrote, the way every message does. */
export function code(value: unknown): string {
  return "`" + String(value) + "`";
}

/** `a`, `b` or `c`. */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map(code);
  return quoted.length < 2
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
