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
