#!/usr/bin/env node
// Node 20 cannot run TypeScript itself: register tsx (with the project's
// tsconfig, whatever the working directory), then load the command.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
globalThis[Symbol.for("statusmark.tsx")] = true;
await import("../scripts/statusmark.ts");
