import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node,
  type Pair,
  type YAMLSeq,
} from "yaml";
import { yamlText } from "./new-file.ts";
import { lineEnding } from "./line-ending.ts";

export interface ComponentEntry {
  name: string;
  description?: string | null;
  group?: string | null;
  /** A Statuspage id to keep for api/v2. */
  id?: string | null;
  /** Written only when false, the exception. */
  showcase?: boolean;
}

export interface ZoneEntry {
  id: string;
  name?: string | null;
}

/** A new site.yml declaring the page's title and URL, written by the YAML library. */
export function newSiteYml(title: string, url: string, comment: string): string {
  const doc = new Document({ title, url });
  if (isMap(doc.contents)) doc.contents.commentBefore = ` ${comment}`;
  return yamlText(doc);
}

/**
 * Appends components and zones to site.yml's `components:` and `zones:` lists
 * in the indentation the file already uses; every other byte stays as it was.
 */
export function addSiteEntries(
  text: string,
  components: readonly ComponentEntry[],
  zones: readonly ZoneEntry[],
): string {
  let result = text;
  if (components.length > 0)
    result = appendToList(
      result,
      "components",
      components.map((c) => [
        ["name", c.name],
        ["description", c.description ?? null],
        ["group", c.group ?? null],
        ["id", c.id ?? null],
        ["showcase", c.showcase === false ? false : null],
      ]),
    );
  if (zones.length > 0)
    result = appendToList(
      result,
      "zones",
      zones.map((z) => [
        ["id", z.id],
        ["name", z.name ?? null],
      ]),
    );
  return result;
}

type Entry = [key: string, value: string | boolean | null][];

function appendToList(text: string, key: string, entries: Entry[]): string {
  const eol = lineEnding(text);
  const doc = parseDocument(text);
  const root = doc.contents;
  const pair = isMap(root)
    ? (root.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && p.key.value === key)
    : undefined;
  const write = (prefix: string) => entries.map((entry) => render(entry, prefix, eol)).join("");
  if (!pair) {
    const gap = text === "" || text.endsWith("\n") ? "" : eol;
    return `${text}${gap}${key}:${eol}${write("  - ")}`;
  }
  const value = pair.value;
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    const items = (value as YAMLSeq<Node>).items;
    const firstStart = items[0]!.range![0];
    const lineStart = text.lastIndexOf("\n", firstStart - 1) + 1;
    const prefix = text.slice(lineStart, firstStart);
    const lastEnd = items.at(-1)!.range![1];
    const at =
      text[lastEnd - 1] === "\n"
        ? lastEnd
        : text.indexOf("\n", lastEnd) === -1
          ? text.length
          : text.indexOf("\n", lastEnd) + 1;
    const gap = at === text.length && !text.endsWith("\n") ? eol : "";
    return text.slice(0, at) + gap + write(prefix) + text.slice(at);
  }
  if (
    value === null ||
    (isScalar(value) && value.value === null) ||
    (isSeq(value) && value.items.length === 0)
  ) {
    // `components:` with nothing, or `components: []`: write the list in its place.
    const colon = text.indexOf(":", pair.key.range![1]);
    const end = value?.range ? Math.max(value.range[1], colon + 1) : colon + 1;
    const lineEnd = text.indexOf("\n", end);
    const rest = lineEnd === -1 ? "" : text.slice(lineEnd + 1);
    return `${text.slice(0, colon + 1)}${eol}${write("  - ")}${rest}`;
  }
  // A flow list with items: rare by hand; let the YAML library add to it.
  for (const entry of entries)
    doc.addIn([key], Object.fromEntries(entry.filter(([, v]) => v !== null)));
  return doc.toString();
}

/**
 * One list item as the YAML library writes it, so no value can add a key,
 * moved to the file's indentation: its `- ` becomes the file's `prefix`.
 */
function render(entry: Entry, prefix: string, eol: string): string {
  const item = Object.fromEntries(entry.filter(([, value]) => value !== null));
  const indent = " ".repeat(Math.max(0, prefix.length - 2));
  return yamlText(new Document([item]))
    .replace(/\n$/, "")
    .split("\n")
    .map((line, i) => (i === 0 ? prefix + line.slice(2) : line === "" ? "" : indent + line))
    .map((line) => line + eol)
    .join("");
}
