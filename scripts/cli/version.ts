import { readFileSync } from "node:fs";

/**
 * Statusmark's own version, from its package.json: two folders up from the
 * source (scripts/cli/), three from the compiled package (lib/scripts/cli/).
 */
export function packageVersion(): string {
  for (const path of ["../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "statusmark" && pkg.version) return pkg.version;
    } catch {
      // Not this folder: try the next one up.
    }
  }
  throw new Error("statusmark's package.json was not found beside its scripts");
}
