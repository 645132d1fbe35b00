/** A file of a build, relative to the output folder. */
export interface OutputFile {
  /** Relative to the output folder, with `/`. */
  path: string;
  content: string;
}
