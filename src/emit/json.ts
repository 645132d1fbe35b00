import type { OutputFile } from "../write/output-file.ts";

/** A JSON file: two-space indentation, keys in the order the value was built, a final newline. */
export function jsonFile(path: string, value: unknown): OutputFile {
  return { path, content: JSON.stringify(value, null, 2) + "\n" };
}
