import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let memo: string | null = null;

/**
 * What changes whenever Statusmark's code does, so a cache never outlives
 * the code that filled it: the package's version, and the size and time of
 * each of its modules, which also tells apart two checkouts of one version.
 */
export function codeVersion(): string {
  if (memo !== null) return memo;
  const root = packageRoot();
  const hash = createHash("sha256").update(readFileSync(join(root, "package.json")));
  for (const top of ["src", "templates", "lib"]) {
    let entries;
    try {
      entries = readdirSync(join(root, top), { recursive: true, withFileTypes: true });
    } catch {
      continue; // A package holds lib/ only, a checkout may lack it.
    }
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    for (const file of files.sort()) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  }
  memo = hash.digest("base64url");
  return memo;
}

/** The folder of Statusmark's package.json, above this module in a checkout and in lib/. */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
        name?: string;
      };
      if (pkg.name === "statusmark") return folder;
    } catch {
      // No package.json here: look in the folder above.
    }
    const up = dirname(folder);
    if (up === folder) throw new Error("statusmark's package.json was not found above its modules");
    folder = up;
  }
}
