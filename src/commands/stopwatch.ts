import { performance } from "node:perf_hooks";

/** Milliseconds spent in each stage of a command, in the order they ran. */
export type Timings = Record<string, number>;

/** Times the stages of a command: `time("load", () => …)` adds to `timings.load`. */
export function stopwatch(timings: Timings = {}) {
  return {
    timings,
    time<T>(stage: string, run: () => T): T {
      const start = performance.now();
      try {
        return run();
      } finally {
        timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
      }
    },
    async timeAsync<T>(stage: string, run: () => Promise<T>): Promise<T> {
      const start = performance.now();
      try {
        return await run();
      } finally {
        timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
      }
    },
  };
}
