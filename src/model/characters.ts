/**
 * Characters that have no place in text: C0 controls other than tab and line
 * breaks, DEL, the non-characters U+FFFE and U+FFFF (none of which XML 1.0
 * or iCalendar text may carry), and a surrogate without its pair (from a YAML
 * escape such as `"\uD800"`), which no UTF-8 file can hold.
 */
export const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A surrogate without its pair. */
export const UNPAIRED_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with each forbidden character replaced by U+FFFD, so any XML, iCalendar or JSON carries it. */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN_CHARACTER, "\uFFFD");
}

/** How a message names a character: `U+001B`. */
export function codePoint(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
