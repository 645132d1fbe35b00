/** A file of a build, relative to the output folder. */
export interface OutputFile {
  /** Relative to the output folder, with `/`. */
  path: string;
  content: string;
}

/** A JSON file: two-space indentation, keys in the order the value was built, a final newline. */
export function jsonFile(path: string, value: unknown): OutputFile {
  return { path, content: JSON.stringify(value, null, 2) + "\n" };
}
