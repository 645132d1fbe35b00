import { UNPAIRED_SURROGATE } from "../model/characters.ts";
import type { OutputFile } from "../write/output-file.ts";

/**
 * A JSON file: two-space indentation, keys in the order the value was built, a
 * final newline. An unpaired surrogate would be written as a `\uD800` escape,
 * valid JSON that decodes to no character: it becomes U+FFFD.
 */
export function jsonFile(path: string, value: unknown): OutputFile {
  return { path, content: JSON.stringify(value, wellFormed, 2) + "\n" };
}

function wellFormed(_: string, value: unknown): unknown {
  return typeof value === "string" ? value.replace(UNPAIRED_SURROGATE, "\uFFFD") : value;
}

/**
 * The most a list file of the API may weigh, in bytes as written:
 * `api/v1/incidents.json` or a month of `api/v1/history/` longer than this
 * continues in further files, linked by `next` and `prev` (docs/api.md).
 */
export const LIST_FILE_BOUND = 128 * 1024;

/** The bytes `value` takes as `jsonFile` writes it, nested `depth` levels deep. */
export function jsonBytes(value: unknown, depth: number): number {
  const text = JSON.stringify(value, wellFormed, 2);
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  return Buffer.byteLength(text) + lines * 2 * depth;
}
