import { Worker } from "node:worker_threads";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { BuildOptions } from "../build.ts";

/** What a build in a worker sends back. */
export interface WorkerBuild {
  out: string | null;
  pages: number;
  diagnostics: Diagnostic[];
  filesChecked: number;
}

/**
 * Builds in a fresh worker thread, so that templates changed since the
 * server started are imported anew: a process keeps the first import of a module.
 */
export function buildInWorker(options: BuildOptions): Promise<WorkerBuild> {
  const worker = new Worker(new URL("build-worker.js", import.meta.url), { workerData: options });
  return new Promise<WorkerBuild>((resolve, reject) => {
    worker.once(
      "message",
      (message: { ok: true; result: WorkerBuild } | { ok: false; message: string }) =>
        message.ok ? resolve(message.result) : reject(new Error(message.message)),
    );
    worker.once("error", reject);
  }).finally(() => worker.terminate());
}
