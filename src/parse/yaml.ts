import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from "yaml";
import type { Position, Reporter } from "../diagnostics/diagnostic.ts";
import { code } from "../diagnostics/quote.ts";
import { hasForbiddenCharacter, reportForbiddenValue } from "./characters.ts";

/** One `key: value` of the frontmatter, with where each side was written. */
export interface Field {
  key: string;
  value: unknown;
  /** What YAML read, for messages: "string `yes`", "list". */
  read: string;
  keyAt: Position;
  valueAt: Position;
  /** Each item of a list with its own position; null when the value is not a list. */
  items: Item[] | null;
}

/** An item of a list; when it is a mapping, its `key: value` pairs with their positions. */
export interface Item {
  value: unknown;
  read: string;
  at: Position;
  entries: Omit<Field, "items">[];
}

/**
 * Reads a YAML mapping into fields with the positions of keys, values and list
 * items; null when it is not valid YAML or not a mapping (reported).
 */
export function readYamlFields(yamlText: string, report: Reporter): Field[] | null {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) {
    const message = error.message.split("\n")[0]!.replace(/\.?$/, "");
    report.error("yaml-syntax", at(error.pos[0]), { problem: message });
  }
  // Aliases can point nowhere or multiply into huge values (`*a` of `*a`s):
  // plain values are all a frontmatter or site.yml needs.
  let aliases = 0;
  visit(doc, {
    Alias(_, alias) {
      aliases++;
      report.error("yaml-syntax", at(alias.range?.[0] ?? 0), { alias: alias.source });
    },
    // A character written as itself is reported where it is, by the caller's
    // scan of the whole text; one written as an escape (`"\e"`) only here.
    Scalar(_, scalar) {
      const range = scalar.range;
      if (typeof scalar.value !== "string" || !range) return;
      if (!hasForbiddenCharacter(yamlText.slice(range[0], range[1])))
        reportForbiddenValue(scalar.value, at(range[0]), report);
    },
  });
  if (doc.errors.length > 0 || aliases > 0) return null;
  const root = doc.contents;
  if (root === null) return [];
  if (!isMap(root)) {
    report.error("yaml-not-mapping", at(root.range?.[0] ?? 0));
    return null;
  }
  const entry = (pair: { key: unknown; value: unknown }): Omit<Field, "items"> => {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const keyAt = at(key?.range?.[0] ?? 0);
    return {
      key: isScalar(key) ? String(key.value) : "",
      value: value === null ? null : value.toJS(doc),
      read: describe(value),
      keyAt,
      valueAt: value?.range ? at(value.range[0]) : keyAt,
    };
  };
  return root.items.map((pair) => {
    const value = pair.value as Node | null;
    return {
      ...entry(pair),
      items: isSeq(value)
        ? value.items.map((item) => {
            const node = item as Node;
            return {
              value: node.toJS(doc),
              read: describe(node),
              at: at(node.range?.[0] ?? 0),
              entries: isMap(node) ? node.items.map(entry) : [],
            };
          })
        : null,
    };
  });
}

/** Names what YAML read, so a message can say why a value was refused. */
function describe(node: Node | null): string {
  if (node === null) return "empty value";
  if (isSeq(node)) return "list";
  if (isMap(node)) return "mapping";
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return "empty value";
    if (typeof v === "string") return `string ${code(v)}`;
    if (typeof v === "number") return `number ${code(v)}`;
    if (typeof v === "boolean") return `boolean ${code(v)}`;
  }
  return "value";
}
