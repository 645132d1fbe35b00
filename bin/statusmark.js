#!/usr/bin/env node
// Installed from the package, run the JavaScript compiled into lib/. In a
// source checkout, where lib/ may be stale or missing, run the TypeScript
// itself: Node 20 cannot, so register tsx (with the project's tsconfig,
// whatever the working directory) first.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = new URL("../scripts/statusmark.ts", import.meta.url);
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
  globalThis[Symbol.for("statusmark.tsx")] = true;
  await import(source.href);
} else {
  await import("../lib/scripts/statusmark.js");
}
