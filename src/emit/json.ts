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
