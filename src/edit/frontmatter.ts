import { isMap, isScalar, parseDocument, type Node, type Pair } from "yaml";
import { parseFrontmatter } from "../parse/frontmatter.ts";
import { Reporter } from "../diagnostics/diagnostic.ts";
import { lineEnding } from "./line-ending.ts";

/**
 * Sets one top-level frontmatter key by editing the text in place: the value
 * is replaced where it was written, or a `key: value` line is added after the
 * line of the last key of `after` the file has (else before the closing `---`). Every other
 * byte of the file, comments and blank lines included, stays as it was.
 * `value` is YAML source, such as `2022-06-10 09:10`.
 */
export function setFrontmatterValue(
  text: string,
  key: string,
  value: string,
  after: readonly string[] = [],
): string {
  const bounds = frontmatterBounds(text);
  if (!bounds) throw new Error("setFrontmatterValue needs a file that opens with frontmatter");
  const { yamlStart, yamlEnd } = bounds;
  const yaml = text.slice(yamlStart, yamlEnd);
  const doc = parseDocument(yaml);
  const root = doc.contents;
  const pairs = isMap(root) ? (root.items as Pair<Node, Node | null>[]) : [];
  const keyOf = (pair: Pair<Node, Node | null>) =>
    isScalar(pair.key) ? String(pair.key.value) : null;
  const splice = (at: number, remove: number, insert: string) =>
    text.slice(0, yamlStart + at) + insert + text.slice(yamlStart + at + remove);

  const existing = pairs.find((pair) => keyOf(pair) === key);
  if (existing) {
    const range = existing.value?.range;
    if (
      range &&
      !(isScalar(existing.value) && existing.value.value === null && range[0] === range[1])
    )
      return splice(range[0], range[1] - range[0], value);
    // `key:` written without a value: add it after the colon.
    const colon = yaml.indexOf(":", existing.key.range?.[1] ?? 0);
    return splice(colon + 1, 0, ` ${value}`);
  }
  const eol = lineEnding(text);
  const anchorKey = [...after].reverse().find((k) => pairs.some((pair) => keyOf(pair) === k));
  const anchor = pairs.find((pair) => anchorKey !== undefined && keyOf(pair) === anchorKey);
  const anchorEnd = anchor && (anchor.value?.range?.[2] ?? anchor.key.range?.[2]);
  if (anchorEnd === undefined || anchorEnd === null)
    return splice(yaml.length, 0, `${key}: ${value}${eol}`);
  const lineEnd = yaml.indexOf("\n", anchorEnd - 1);
  const at = lineEnd === -1 ? yaml.length : lineEnd + 1;
  return splice(at, 0, `${key}: ${value}${eol}`);
}

/** Offsets of the YAML between the opening `---` line and the closing one. */
function frontmatterBounds(text: string): { yamlStart: number; yamlEnd: number } | null {
  const frontmatter = parseFrontmatter(text, new Reporter(""));
  if (!frontmatter) return null;
  let yamlEnd = 0;
  for (let line = 1; line < frontmatter.closeAt.line; line++)
    yamlEnd = text.indexOf("\n", yamlEnd) + 1;
  return { yamlStart: text.indexOf("\n") + 1, yamlEnd };
}
