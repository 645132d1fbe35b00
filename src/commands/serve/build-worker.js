// Runs one build in a fresh worker thread, so templates changed since the
// server started are imported anew (a process keeps the first import of a module).
// A worker starts without the parent's loader hooks: load ./tsx.ts through a
// one-off tsx import, then register tsx with the project's tsconfig (for JSX)
// whatever the working folder, before importing any other TypeScript.
import { tsImport } from "tsx/esm/api";
import { parentPort, workerData } from "node:worker_threads";

const { registerTsx } = await tsImport("./tsx.ts", import.meta.url);
registerTsx();
const { build } = await import("../build.ts");
try {
  const { out, pages, diagnostics, filesChecked } = await build(workerData);
  parentPort.postMessage({ ok: true, result: { out, pages, diagnostics, filesChecked } });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error?.stack ?? error) });
}
