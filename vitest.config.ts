import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/browser/**"],
    // Generous: the machines that run the suite are shared and slow at times; no test is timed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
