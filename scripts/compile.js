// `npm run compile`, run by `npm pack` and `npm publish` (prepack): the package
// runs JavaScript compiled into lib/, never TypeScript, and the site's
// stylesheet and script go beside the compiled templates, where
// src/load/assets.ts finds them.
import { execFileSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

rmSync(`${root}lib`, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
cpSync(`${root}templates/assets`, `${root}lib/templates/assets`, { recursive: true });
