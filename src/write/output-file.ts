/** A file of a build, relative to the output folder. */
export interface OutputFile {
  /** Relative to the output folder, with `/`. */
  path: string;
  content: string;
}

/** A file copied into the build as it is, such as the logo. */
export interface OutputBytes {
  path: string;
  content: Uint8Array;
}

/**
 * A file rendered only when the output folder does not already hold it:
 * `key` names everything it is made from, so an equal key recorded by the
 * last build (see `OutputManifest`) means equal bytes.
 */
export interface LazyOutputFile {
  path: string;
  key: string;
  render(): string;
}

/**
 * What a build wrote, to tell the next build which files it need not read,
 * render or write: for each path, the key of its content (a lazy file's
 * key, else a hash of its bytes), and its size and time once written.
 */
export type OutputManifest = Map<string, { key: string; size: number; mtimeMs: number }>;
