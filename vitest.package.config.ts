import { defineConfig } from "vitest/config";

// The package as a user gets it: packed, installed from the tarball into an
// empty folder, then `init`, `new`, `check` and `build` (`npm run test:package`).
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
