import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLMap,
} from "yaml";
import type { Position, Reporter } from "../diagnostics/diagnostic.ts";
import { code } from "../diagnostics/quote.ts";
import { hasForbiddenCharacter, reportForbiddenValue } from "./characters.ts";
import { LIMITS } from "./limits.ts";
import { deepYamlLine } from "./yaml-limits.ts";

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

/** One item of a list. */
export interface Item {
  value: unknown;
  read: string;
  at: Position;
  /** The keys of an item that is a mapping, where each and its value were written; null otherwise. */
  keys: { name: string; at: Position; value: unknown; read: string; valueAt: Position }[] | null;
}

/** Which YAML is read, for its size limit and for messages. */
export type YamlDocument = "frontmatter" | "site.yml";

const MAX_BYTES: Record<YamlDocument, number> = {
  frontmatter: LIMITS.frontmatterBytes,
  "site.yml": LIMITS.siteBytes,
};

/**
 * Reads a YAML mapping into fields with the positions of keys, values and list
 * items; null when it is not valid YAML or not a mapping (reported). YAML
 * over the size or nesting limits is refused before it is parsed.
 */
export function readYamlFields(
  yamlText: string,
  report: Reporter,
  document: YamlDocument,
): Field[] | null {
  const lines = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (!withinLimits(yamlText, document, report)) return null;
  const doc = parseDocument(yamlText, {
    lineCounter: lines,
    prettyErrors: false,
    // yaml's own check compares each key with every earlier one, in time
    // quadratic in their number: duplicates are found below with a Set.
    uniqueKeys: false,
  });
  for (const error of doc.errors) {
    const message = error.message.split("\n")[0]!.replace(/\.?$/, "");
    report.error("yaml-syntax", at(error.pos[0]), { problem: message });
  }
  const problemsBefore = report.diagnostics.length;
  reportPlainValueProblems(doc, yamlText, at, report);
  if (doc.errors.length > 0 || report.diagnostics.length > problemsBefore) return null;
  // A character written as itself is reported where it is, by the caller's
  // scan of the whole text; one written as an escape (`"\e"`) only here.
  visit(doc, {
    Scalar(_, scalar) {
      const range = scalar.range;
      if (typeof scalar.value !== "string" || !range) return;
      if (!hasForbiddenCharacter(yamlText.slice(range[0], range[1])))
        reportForbiddenValue(scalar.value, at(range[0]), report);
    },
  });
  const root = doc.contents;
  if (root === null) return [];
  if (!isMap(root)) {
    report.error("yaml-not-mapping", at(root.range?.[0] ?? 0));
    return null;
  }
  const fields: Field[] = [];
  for (const pair of root.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const keyAt = at(key?.range?.[0] ?? 0);
    fields.push({
      key: isScalar(key) ? String(key.value) : "",
      value: value === null ? null : value.toJS(doc),
      read: describe(value),
      keyAt,
      valueAt: value?.range ? at(value.range[0]) : keyAt,
      items: isSeq(value) ? value.items.map((item) => readItem(item as Node, doc, at)) : null,
    });
  }
  return fields;
}

function readItem(node: Node, doc: Document, at: (offset: number) => Position): Item {
  return {
    value: node.toJS(doc),
    read: describe(node),
    at: at(node.range?.[0] ?? 0),
    keys: isMap(node)
      ? node.items.map((pair) => {
          const key = pair.key as Node | null;
          const value = pair.value as Node | null;
          const keyAt = at(key?.range?.[0] ?? 0);
          return {
            name: isScalar(key) ? String(key.value) : "",
            at: keyAt,
            value: value === null ? null : value.toJS(doc),
            read: describe(value),
            valueAt: value?.range ? at(value.range[0]) : keyAt,
          };
        })
      : null,
  };
}

/** Reports YAML bigger or more deeply nested than the limits; the parser then never sees it. */
function withinLimits(yamlText: string, document: YamlDocument, report: Reporter): boolean {
  const bytes = Buffer.byteLength(yamlText, "utf8");
  // The frontmatter's text starts with the newline of its opening fence.
  const first = { line: document === "frontmatter" ? 2 : 1, column: 1 };
  if (bytes > MAX_BYTES[document]) {
    report.error("yaml-too-complex", first, { document, bytes, limit: MAX_BYTES[document] });
    return false;
  }
  const deep = deepYamlLine(yamlText);
  if (deep === null) return true;
  report.error("yaml-too-complex", { line: deep, column: 1 }, { depth: LIMITS.yamlDepth });
  return false;
}

/**
 * Reports what is more than a plain value: aliases, which can point nowhere
 * or multiply into huge values (`*a` of `*a`s); tags, which make YAML build
 * other types or fall back silently to text (`!custom`); and a key written
 * twice in one mapping, at any depth.
 */
function reportPlainValueProblems(
  doc: Document,
  yamlText: string,
  at: (offset: number) => Position,
  report: Reporter,
): void {
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      report.error("yaml-syntax", at(node.range?.[0] ?? 0), { alias: node.source });
      return;
    }
    if (!isNode(node)) return;
    if (node.tag) {
      const start = node.range?.[0] ?? 0;
      const written = writtenTag(yamlText, start);
      report.error("yaml-syntax", at(written?.offset ?? start), { tag: written?.tag ?? node.tag });
    }
    if (isMap(node)) reportDuplicateKeys(node, at, report);
  });
}

/** Reports each key written a second time in one mapping, pointing at the first. */
function reportDuplicateKeys(
  map: YAMLMap<unknown, unknown>,
  at: (offset: number) => Position,
  report: Reporter,
): void {
  const first = new Map<unknown, Node | null>();
  for (const pair of map.items) {
    const key = pair.key as Node | null;
    const name = isScalar(key) ? key.value : String(key);
    if (!first.has(name)) {
      first.set(name, key);
      continue;
    }
    const twin = first.get(name);
    report.error(
      "yaml-syntax",
      at(key?.range?.[0] ?? 0),
      { duplicate: String(name) },
      { file: report.file, ...at(twin?.range?.[0] ?? 0), message: "first written here" },
    );
  }
}

/** The tag written just before a value (`!custom`, `!!str`), and where; null when none is found. */
function writtenTag(yamlText: string, valueStart: number): { tag: string; offset: number } | null {
  const before = yamlText.slice(Math.max(0, valueStart - 256), valueStart);
  const match = /(![^\s,[\]{}]*)(?:\s+&[^\s,[\]{}]+)?\s*$/.exec(before);
  if (!match) return null;
  return { tag: match[1]!, offset: valueStart - before.length + match.index };
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
