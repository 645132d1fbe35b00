// `npm run bench`: builds generated histories the way operators and CI do,
// through the command line, and compares the medians with the targets below.
// For each kind of history and size: a cold build (no cache, no output), a
// warm one (nothing changed), one after a single incident changed, `check` of
// that one file, and how long `serve` takes to show a change. Prints a table
// and writes every figure as JSON (BENCH_OUT, default bench/last-run.json) so
// that two runs can be compared. Work happens under /dev/shm and is removed.
//
//   BENCH_SIZES=1000,10000  BENCH_BODIES=small,realistic  BENCH_RUNS=3
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { signingKey } from "../src/cache/signing-key.ts";
import { serve } from "../src/commands/serve/serve.ts";
import { utcDateTime } from "../src/model/time.ts";
import { generateHistory, writeHistory } from "../test/support/generate-history.ts";

const NOW = utcDateTime("2026-11-20T12:00:00Z");
const GENERATED_END = "2026-11-19T12:00:00Z";
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const BODIES = (process.env.BENCH_BODIES ?? "small,realistic").split(",");
const OUT = process.env.BENCH_OUT ?? new URL("last-run.json", import.meta.url).pathname;
// What operators run: the package's compiled JavaScript, not the sources through tsx.
const bin = new URL("../lib/scripts/statusmark.js", import.meta.url).pathname;
const ROOT = "/dev/shm/statusmark-bench";

/** Upper bounds in seconds and megabytes on the 2-core reference machine, from the speed issue. */
const TARGETS: Record<number, Partial<Record<Measure, number>>> = {
  10_000: { cold: 10, warm: 3, change: 3, check: 1, serve: 1, rssMb: 600 },
  50_000: { cold: 60, warm: 15, change: 15, check: 1, serve: 5, rssMb: 2048 },
};
type Measure = "cold" | "warm" | "change" | "check" | "serve" | "rssMb";

interface Run {
  seconds: number;
  /** Peak resident memory, when GNU time is installed. */
  rssMb: number | null;
  stdout: string;
}

/** Runs the CLI in `cwd` as a user would, with its wall time and peak memory. */
function statusmark(cwd: string, args: string[]): Run {
  const timed = existsSync("/usr/bin/time");
  const argv = timed ? ["-f", "rss=%M", "node", bin, ...args] : [bin, ...args];
  const start = performance.now();
  const run = spawnSync(timed ? "/usr/bin/time" : "node", argv, { cwd, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0)
    throw new Error(`statusmark ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
  const rss = /rss=(\d+)/.exec(run.stderr)?.[1];
  return { seconds, rssMb: rss ? Number(rss) / 1024 : null, stdout: run.stdout };
}

/** `Timings: load 0.12 s · validate 1.02 s` → `{ load: 0.12, validate: 1.02 }`. */
function stagesOf(stdout: string): Record<string, number> {
  const line = stdout.split("\n").find((l) => l.startsWith("Timings: ")) ?? "";
  return Object.fromEntries(
    [...line.matchAll(/(\w+) ([\d.]+) s/g)].map(([, stage, s]) => [stage!, Number(s)]),
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Size on disk of the files under `dir`, and how many. */
function measureFolder(dir: string): { files: number; megabytes: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  const bytes = files.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
  return { files: files.length, megabytes: bytes / 1e6 };
}

/** Seconds from saving a change to `serve` having rebuilt the page that shows it. */
async function serveChange(cwd: string, file: string, round: number): Promise<number> {
  const preview = await serve({
    cwd,
    incidents: "incidents",
    port: 0,
    now: () => NOW,
    cacheKey: signingKey(process.env),
  });
  try {
    const built = preview.nextBuild();
    const start = performance.now();
    appendFileSync(file, `\nA note added while serving, round ${round}.\n`);
    const event = await built;
    if (event.type !== "built") throw new Error(`serve did not rebuild: ${JSON.stringify(event)}`);
    return (performance.now() - start) / 1000;
  } finally {
    await preview.close();
  }
}

const results: Record<string, unknown>[] = [];
console.log(
  `statusmark bench: median of ${RUNS}; ${cpus().length} cores (${cpus()[0]?.model}), ` +
    `load ${loadavg()[0]!.toFixed(1)}; Node ${process.version}`,
);
rmSync(ROOT, { recursive: true, force: true });
spawnSync("npm", ["run", "compile"], { stdio: "inherit" });
try {
  for (const bodies of BODIES) {
    for (const count of SIZES) {
      const cwd = join(ROOT, `${bodies}-${count}`);
      const generated = generateHistory({
        count,
        // A day before the build's now: the newest incidents' updates and ends come after their start.
        end: GENERATED_END,
        years: 15,
        ...(bodies === "realistic" ? { bodyBytes: 2048 } : {}),
      });
      await writeHistory(join(cwd, "incidents"), generated);
      const changed = join(cwd, "incidents", generated.files.at(-1)!.name);
      const build = () => statusmark(cwd, ["build", "--now", NOW, "--out", "out", "--timings"]);
      const cold: Run[] = [];
      const warm: Run[] = [];
      const change: Run[] = [];
      const check: Run[] = [];
      const serving: number[] = [];
      for (let round = 0; round < RUNS; round++) {
        rmSync(join(cwd, "out"), { recursive: true, force: true });
        rmSync(join(cwd, ".cache"), { recursive: true, force: true });
        cold.push(build());
        warm.push(build());
        appendFileSync(changed, `\nA note added in round ${round}.\n`);
        change.push(build());
        check.push(statusmark(cwd, ["check", changed, "--now", NOW]));
        serving.push(await serveChange(cwd, changed, round));
      }
      const seconds = (runs: Run[]) => median(runs.map((r) => r.seconds));
      const figures: Record<Measure, number | null> = {
        cold: seconds(cold),
        warm: seconds(warm),
        change: seconds(change),
        check: seconds(check),
        serve: median(serving),
        rssMb: cold.every((r) => r.rssMb !== null) ? median(cold.map((r) => r.rssMb!)) : null,
      };
      const stages = Object.fromEntries(
        Object.keys(stagesOf(cold[0]!.stdout)).map((stage) => [
          stage,
          {
            cold: median(cold.map((r) => stagesOf(r.stdout)[stage] ?? 0)),
            warm: median(warm.map((r) => stagesOf(r.stdout)[stage] ?? 0)),
          },
        ]),
      );
      const output = measureFolder(join(cwd, "out"));
      const missed = Object.entries(TARGETS[count] ?? {}).filter(
        ([measure, target]) => (figures[measure as Measure] ?? 0) > target,
      );
      results.push({ bodies, count: generated.files.length, ...figures, stages, output, missed });
      console.log(
        `${bodies.padEnd(9)} ${String(generated.files.length).padStart(6)} incidents: ` +
          `cold ${figures.cold!.toFixed(2)} s, warm ${figures.warm!.toFixed(2)} s, ` +
          `one change ${figures.change!.toFixed(2)} s, check one ${figures.check!.toFixed(2)} s, ` +
          `serve ${figures.serve!.toFixed(2)} s, ` +
          `${figures.rssMb === null ? "RSS unknown" : `${figures.rssMb.toFixed(0)} MB`}; ` +
          `${output.files} files, ${output.megabytes.toFixed(1)} MB` +
          (missed.length > 0 ? `  MISSED ${missed.map(([m, t]) => `${m} ≤ ${t}`).join(", ")}` : ""),
      );
      console.log(
        `          stages, cold / warm: ${Object.entries(stages)
          .map(([stage, t]) => `${stage} ${t.cold.toFixed(2)}/${t.warm.toFixed(2)}`)
          .join(" · ")}`,
      );
      rmSync(cwd, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(ROOT, { recursive: true, force: true });
}
for (const bodies of BODIES) {
  const cold = (count: number) =>
    results.find((r) => r.bodies === bodies && r.count === count)?.cold as number | undefined;
  const ratios = SIZES.slice(1).map((count, i) => {
    const before = cold(SIZES[i]!);
    const after = cold(count);
    return before && after ? `${count}/${SIZES[i]}: ${(after / before).toFixed(1)}×` : "";
  });
  if (ratios.some(Boolean)) console.log(`${bodies} growth of cold builds: ${ratios.join(", ")}`);
}
writeFileSync(
  OUT,
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2) + "\n",
);
console.log(`Figures written to ${OUT}`);
process.exitCode = results.some((r) => (r.missed as unknown[]).length > 0) ? 1 : 0;
