import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

const REGISTERED = Symbol.for("statusmark.tsx");
const tsconfig = fileURLToPath(new URL("../../../tsconfig.json", import.meta.url));

/**
 * Lets Node import the TypeScript templates, once per process, with the
 * project's tsconfig (for JSX) whatever the working directory.
 */
export function registerTsx(): void {
  const scope = globalThis as { [REGISTERED]?: boolean };
  if (scope[REGISTERED]) return;
  register({ tsconfig });
  scope[REGISTERED] = true;
}
