// Run by serve.test.ts in an operator's folder: one build in a fresh worker
// thread, as `statusmark serve` builds after a template change, from the working
// folder; prints what it built as JSON.
import { tsImport } from "tsx/esm/api";

const { buildInWorker } = await tsImport(
  "../../src/commands/serve/worker-build.ts",
  import.meta.url,
);
const { out, pages, diagnostics } = await buildInWorker({
  cwd: process.cwd(),
  incidents: "incidents",
  out: "site",
  now: "2022-06-11T12:00:00Z",
});
process.stdout.write(JSON.stringify({ out, pages, diagnostics: diagnostics.length }));
