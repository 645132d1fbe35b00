import type { Readable, Writable } from "node:stream";

/** Text output: a process stream, or anything that collects what is written. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Everything a run of the command line takes from its process and gives
 * back: the entry point passes the real ones, tests their own, so a command
 * runs in-process exactly as the binary runs it.
 */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  /** The wall clock, for a command given neither `--now` nor SOURCE_DATE_EPOCH. */
  clock: () => Date;
  /** Where `new` asks its questions: given only when stdin and stdout are a terminal. */
  terminal?: { input: Readable; output: Writable };
  /** Calls `stop` once when the operator interrupts a command that runs until then (`serve`). */
  onInterrupt: (stop: () => void) => void;
  /** The exit code: 0 until a command sets it. */
  exitCode: number;
}
