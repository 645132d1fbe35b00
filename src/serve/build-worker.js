// Runs one build in a fresh worker thread, so templates changed since the
// server started are imported anew (a process keeps the first import of a module).
import { register } from "tsx/esm/api";
import { parentPort, workerData } from "node:worker_threads";

register();
const { build } = await import("../commands/build.ts");
try {
  const { out, pages, diagnostics, filesChecked } = await build(workerData);
  parentPort.postMessage({ ok: true, result: { out, pages, diagnostics, filesChecked } });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error?.stack ?? error) });
}
