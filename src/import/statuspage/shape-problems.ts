import type { TSchema } from "@sinclair/typebox";
import { ValueErrorType, type ValueError } from "@sinclair/typebox/errors";
import { Value } from "@sinclair/typebox/value";

/** One way a value differs from its schema, in words, and the key of the value it is under. */
export interface ShapeProblem {
  /** The first key of the path; empty for the value itself. */
  key: string;
  /** Such as "update 1 has `status` `3`, expected a string". */
  text: string;
}

/** How many problems a reason names before it counts the rest. */
const NAMED = 2;

/** What one entry of each list of the API is called. */
const ENTRY: Record<string, string> = {
  incident_updates: "update",
  components: "component",
  affected_components: "affected component",
};

/** What each JSON type is called in a reason. */
const NOUNS: Record<string, string[]> = {
  string: ["a string"],
  integer: ["an integer"],
  number: ["a number"],
  boolean: ["`true`", "`false`"],
  array: ["a list"],
  object: ["an object"],
  null: ["null"],
};

/**
 * How `value` differs from `schema`, one problem per place, in the order
 * TypeBox's `Value.Errors` finds them (missing keys of an object first).
 */
export function shapeProblems(schema: TSchema, value: unknown): ShapeProblem[] {
  const byPath = new Map<string, ShapeProblem>();
  for (const error of leaves(Value.Errors(schema, value))) {
    if (byPath.has(error.path)) continue;
    const path = error.path.split("/").slice(1).map(unescapeKey);
    byPath.set(error.path, { key: path[0] ?? "", text: problemText(error, path) });
  }
  return [...byPath.values()];
}

/**
 * One reason for several problems of one thing, named by `label` (such as
 * "incident 2 (`bad1`)"): its first problems, then how many more there are.
 */
export function shapeReason(label: string, problems: readonly ShapeProblem[]): string {
  const [first] = problems;
  if (problems.length === 1 && first?.key === "") return `${label} ${first.text}`;
  const named = problems.slice(0, NAMED).map((p) => p.text);
  if (problems.length > NAMED) named.push(`and ${problems.length - NAMED} more`);
  return `${label}${label === "" ? "" : ": "}${named.join("; ")}`;
}

/**
 * The errors that say what is wrong. A union (`x` or `null`) reports only that
 * no member matched; when the value has the type of one member, that member's
 * own errors say where inside it the problem is.
 */
function* leaves(errors: Iterable<ValueError>): Generator<ValueError> {
  for (const error of errors) {
    const members = error.type === ValueErrorType.Union ? (error.schema.anyOf as TSchema[]) : [];
    const index = members.findIndex((member) =>
      alternatives(member).some((s) => s.type === jsonType(error.value)),
    );
    const nested = [...leaves(error.errors[index] ?? [])];
    if (nested.length > 0) yield* nested;
    else yield error;
  }
}

/** The problem in words, its place named from the path: "update 1 has `status` `3`, expected a string". */
function problemText(error: ValueError, path: readonly string[]): string {
  const subject: string[] = [];
  let key: string | null = null;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = path[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      subject.unshift(`${ENTRY[segment] ?? `\`${segment}\` entry`} ${Number(next) + 1}`);
      i++;
    } else if (next === undefined) key = segment;
    else subject.unshift(`\`${segment}\``);
  }
  const of = subject.join(" of ");
  if (error.type === ValueErrorType.ObjectRequiredProperty)
    return `${of === "" ? "" : `${of} `}lacks \`${key}\``;
  const found = describe(error.value);
  const wanted = NOUN_OF_ERROR.has(error.type)
    ? `expected ${expected(error.schema)}`
    : error.message.charAt(0).toLowerCase() + error.message.slice(1);
  if (key === null) return `${of === "" ? "" : `${of} `}is ${found}, ${wanted}`;
  return of === ""
    ? `\`${key}\` is ${found}, ${wanted}`
    : `${of} has \`${key}\` ${found}, ${wanted}`;
}

/** The errors that mean "not of the expected type", worded from the schema's `type`. */
const NOUN_OF_ERROR = new Set([
  ValueErrorType.String,
  ValueErrorType.Integer,
  ValueErrorType.Number,
  ValueErrorType.Boolean,
  ValueErrorType.Array,
  ValueErrorType.Object,
  ValueErrorType.Null,
  ValueErrorType.Union,
]);

/** What a schema accepts, in words: "a string or null". */
function expected(schema: TSchema): string {
  const types = [...new Set(alternatives(schema).map((s) => String(s.type)))];
  const words = types.flatMap((type) => NOUNS[type] ?? [`a ${type}`]);
  return words.length <= 1
    ? (words[0] ?? "something else")
    : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

function alternatives(schema: TSchema): TSchema[] {
  const members = schema.anyOf as TSchema[] | undefined;
  return members ? members.flatMap(alternatives) : [schema];
}

/** A JSON value in a few words, for messages: `3`, `"x"`, a list, an object. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "an object";
  if (value === undefined) return "missing";
  return `\`${JSON.stringify(value)}\``;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** A JSON Pointer segment as the key it names (RFC 6901). */
function unescapeKey(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
