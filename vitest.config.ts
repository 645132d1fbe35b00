import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "test/package/**"],
    // Test files share their worker's imports (the parsers, the templates) rather than
    // importing them again for each file, so no test may leave global state
    // behind: no chdir, no change to process.env, no module mocks.
    isolate: false,
    // Every core, not one fewer: much of the suite waits on child processes, timers
    // and the file system, and a second worker fills that time on two cores.
    maxWorkers: "100%",
    // Generous: the machines that run the suite are shared and slow at times; no test is timed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
