import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/cache/code-version.ts";

/** Statusmark's own version, from its package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
