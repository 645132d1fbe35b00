import type { Diagnostic } from "../diagnostics/diagnostic.ts";

/** What `new`, `update` and `resolve` return: the file written, or why nothing was. */
export type WriteResult =
  | {
      ok: true;
      /** Relative to `cwd`. */
      path: string;
      text: string;
      /** Warnings about the written file. */
      diagnostics: Diagnostic[];
    }
  | {
      ok: false;
      /** What went wrong and what to do, one sentence. */
      message: string;
      /** The problems that kept the file from being written, if any. */
      diagnostics: Diagnostic[];
      /** Set when `diagnostics` are about text that was not written: their lines are in no file. */
      unwritten?: true;
    };

/** Nothing was written, for the reason `message` says. */
export function refuse(message: string, diagnostics: Diagnostic[] = []): WriteResult {
  return { ok: false, message, diagnostics };
}

/** Nothing was written because the text would not pass check; `diagnostics` are about that text. */
export function refuseUnwritten(message: string, diagnostics: Diagnostic[]): WriteResult {
  return { ok: false, message, diagnostics, unwritten: true };
}
