import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isRunning } from "./output.ts";

export type OutputLock = { ok: true; release(): void } | { ok: false; heldBy: number };

/**
 * Takes the lock of an output folder, a hidden file beside it naming the
 * process that holds it, so that two builds never write the same folder at
 * once. A lock whose process is gone (a killed build) is taken over.
 */
export function lockOutput(out: string): OutputLock {
  const path = join(dirname(out), `.${basename(out)}.statusmark-lock`);
  mkdirSync(dirname(out), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: "wx" });
      return { ok: true, release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(path, "utf8").trim());
      if (isRunning(holder)) return { ok: false, heldBy: holder };
      rmSync(path, { force: true });
    }
  }
  return { ok: false, heldBy: Number(readFileSync(path, "utf8").trim()) };
}
