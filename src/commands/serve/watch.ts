import { watch } from "chokidar";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * The templates, when running from source: a change to them needs a fresh
 * import. An installed package runs compiled templates, which do not change.
 */
export const TEMPLATE_PATHS: readonly string[] = import.meta.url.endsWith(".ts")
  ? [join(root, "templates")]
  : [];

/**
 * Watches the incidents folder and the template paths, telling each change
 * and whether it was under a template path; resolves once the watcher is ready.
 */
export async function watchSources(
  incidents: string,
  templates: readonly string[],
  onChange: (path: string, isTemplate: boolean) => void,
): Promise<{ close(): Promise<void> }> {
  const watcher = watch([incidents, ...templates], {
    ignoreInitial: true,
    ignored: (path: string) => /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(path),
  });
  const isTemplate = (path: string) => templates.some((p) => path.startsWith(p));
  watcher.on("all", (_event, path) => onChange(path, isTemplate(path)));
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return watcher;
}
