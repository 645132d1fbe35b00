import { watch } from "chokidar";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** The templates and the Eleventy configuration: a change to them needs a fresh import. */
export const TEMPLATE_PATHS = [join(root, "templates"), join(root, ".eleventy.js")];

/** Whether a changed path is a template rather than an incident or site.yml. */
export function isTemplate(path: string): boolean {
  return TEMPLATE_PATHS.some((p) => path.startsWith(p));
}

/** Watches the incidents folder and the templates; resolves once the watcher is ready. */
export async function watchSources(
  incidents: string,
  onChange: (path: string) => void,
): Promise<{ close(): Promise<void> }> {
  const watcher = watch([incidents, ...TEMPLATE_PATHS], {
    ignoreInitial: true,
    ignored: (path: string) => /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(path),
  });
  watcher.on("all", (_event, path) => onChange(path));
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return watcher;
}
