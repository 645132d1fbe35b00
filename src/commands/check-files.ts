import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CheckCache } from "../cache/check-cache.ts";
import type { SourceFile } from "../load/source.ts";
import type { Site, UtcDateTime } from "../model/types.ts";
import type { FileResult } from "../validate/incident-file.ts";
import type { CheckWork } from "./check-chunks.ts";

/**
 * Below this much text to check, a worker costs more than it saves: it
 * loads the parsers and warms up on its own (measured on two cores: 1,000
 * real-size files, 0.5 MB, take 1.7 s alone and 2.4 s with a worker; 10,000
 * files of 2 KB, 22 MB, 31 s alone and 22 s with one).
 */
const PARALLEL_FROM_CHARACTERS = 8_000_000;

/**
 * Checks each incident file, taking from `cache` what it holds. When much
 * is left, `threads - 1` workers (by default one per other core, none for
 * little text) check it with this thread: each claims the next chunk of
 * files until none is left, so a worker still starting up takes fewer.
 */
export async function checkIncidentFiles(
  files: readonly SourceFile[],
  site: Site | null,
  now: UtcDateTime,
  cache: CheckCache | null,
  threads?: number,
): Promise<FileResult[]> {
  const results = files.map((file) => cache?.get(file, now));
  const missing = files.filter((_, index) => results[index] === undefined);
  const work = { files: missing, site, now, claims: new SharedArrayBuffer(4) };
  const characters = missing.reduce((sum, file) => sum + file.text.length, 0);
  const checked = await checkInParallel(
    work,
    threads ?? (characters < PARALLEL_FROM_CHARACTERS ? 1 : availableParallelism()),
  );
  let next = 0;
  return files.map((file, index) => {
    const cached = results[index];
    if (cached) return cached;
    const result = checked[next++]!;
    cache?.set(file, now, result);
    return result;
  });
}

/** Checks `work` on this thread and `threads - 1` workers. */
async function checkInParallel(work: CheckWork, threads: number): Promise<FileResult[]> {
  if (work.files.length === 0) return [];
  // Loaded only when a file is to be checked: the parsers take a third of a start-up.
  const { checkChunks } = await import("./check-chunks.ts");
  const workers = threads - 1;
  const results: FileResult[] = [];
  const done = Array.from({ length: workers }, () => startWorker(work, results));
  checkChunks(work, (start, chunk) => place(results, start, chunk));
  await Promise.all(done);
  return results;
}

function place(results: FileResult[], start: number, chunk: readonly FileResult[]): void {
  chunk.forEach((result, offset) => (results[start + offset] = result));
}

/**
 * A worker checking chunks of `work` into `results`. From the sources (a
 * checkout, the tests) it first registers tsx to read TypeScript: a worker
 * starts without the loader of the thread that made it.
 */
function startWorker(work: CheckWork, results: FileResult[]): Promise<void> {
  const source = import.meta.url.endsWith(".ts");
  const entry = new URL(source ? "check-worker.ts" : "check-worker.js", import.meta.url);
  const worker = source
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`,
        { eval: true, workerData: work },
      )
    : new Worker(entry, { workerData: work });
  return new Promise<void>((resolve, reject) => {
    worker.on("message", (message: { start: number; results: FileResult[] } | "done") => {
      if (message === "done") resolve();
      else place(results, message.start, message.results);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a check worker stopped (exit code ${code})`)));
  }).finally(() => worker.terminate());
}
