import { defineConfig } from "vitest/config";

// The browser suite: the built sample site in real headless Chromium (`npm run test:browser`).
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
