import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/browser/**"],
    // Some tests start the CLI or check 2,000 files: generous on a busy 2-core machine.
    testTimeout: 60_000,
  },
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
});
