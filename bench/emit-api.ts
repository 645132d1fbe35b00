// Times emitApi on a generated history of 2,000 incidents over 6 years:
// `npx tsx bench/emit-api.ts` prints each of 3 in-process runs and the median.
import { performance } from "node:perf_hooks";
import { emitApi } from "../src/emit/api.ts";
import { generatedHistory } from "../test/support/api.ts";

const history = await generatedHistory();
const runs: number[] = [];
let files = 0;
let bytes = 0;
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const output = emitApi(history);
  runs.push(performance.now() - started);
  files = output.length;
  bytes = output.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
}
const median = [...runs].sort((a, b) => a - b)[1]!;
console.log(`${history.incidents.length} incidents, ${history.months.length} months`);
console.log(`${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
console.log(
  `runs: ${runs.map((ms) => ms.toFixed(0)).join(", ")} ms; median ${median.toFixed(0)} ms`,
);
