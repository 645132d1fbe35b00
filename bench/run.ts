// `npm run bench`: times check and build on generated histories, medians of
// several runs, and compares them with the targets below. Outputs go to a
// memory-backed folder and are removed.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { build } from "../src/commands/build.ts";
import { check } from "../src/commands/check.ts";
import { generateHistory, writeHistory } from "../test/support/generate-history.ts";
import { emptyFolder } from "../test/support/sample-copy.ts";
import { utcDateTime } from "../src/model/time.ts";

const NOW = utcDateTime("2026-11-20T12:00:00Z");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "2000,10000").split(",").map(Number);

/** Upper bounds in milliseconds per incident on the 2-core reference machine. */
const TARGETS = { check: 1.5, build: 5 };

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const temp = await emptyFolder();
let failed = false;
try {
  console.log(
    `statusmark bench: ${RUNS} runs each, median; ${availableParallelism()} cores; Node ${process.version}`,
  );
  for (const count of SIZES) {
    const cwd = join(temp.cwd, String(count));
    const history = generateHistory({ count, end: NOW, years: 6 });
    await writeHistory(join(cwd, "incidents"), history);
    const n = history.files.length;
    const checkMs = await median(() => check({ cwd, incidents: "incidents", now: NOW }));
    let run = 0;
    const buildMs = await median(() =>
      build({ cwd, incidents: "incidents", out: `out-${run++}`, now: NOW }),
    );
    for (const [name, ms] of [
      ["check", checkMs],
      ["build", buildMs],
    ] as const) {
      const perIncident = ms / n;
      const ok = perIncident <= TARGETS[name];
      failed ||= !ok;
      console.log(
        `${name.padEnd(5)} ${String(n).padStart(6)} incidents: ${(ms / 1000).toFixed(2).padStart(7)} s, ` +
          `${perIncident.toFixed(2)} ms/incident (target ≤ ${TARGETS[name]}) ${ok ? "ok" : "SLOWER THAN TARGET"}`,
      );
    }
  }
} finally {
  await temp.remove();
}
process.exitCode = failed ? 1 : 0;
