import EleventyDevServer from "@11ty/eleventy-dev-server";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { UtcDateTime } from "../../model/types.ts";
import { build, type BuildOptions } from "../build.ts";
import { batchChanges } from "./batch.ts";
import { renderErrorPage } from "./error-page.ts";
import { TEMPLATE_PATHS, watchSources } from "./watch.ts";
import { buildInWorker } from "./worker-build.ts";
import { removeOutputManifest } from "../../cache/output-manifest.ts";

export interface ServeOptions {
  cwd: string;
  incidents: string;
  /** 0 for any free port. */
  port: number;
  /** The build's now, asked before each build. */
  now: () => UtcDateTime;
  /** Receives what happens; the entry point prints it. */
  onEvent?: (event: ServeEvent) => void;
  /**
   * The paths whose change makes the next build import the templates anew;
   * by default the package's own templates and Eleventy configuration.
   */
  templates?: readonly string[];
  /** Signs the cache of checked files beside the incidents folder; none without it. */
  cacheKey?: Buffer | null;
}

export type ServeEvent =
  | { type: "listening"; url: string }
  | { type: "built"; pages: number; now: UtcDateTime; changed: string[]; diagnostics: Diagnostic[] }
  | { type: "invalid"; changed: string[]; diagnostics: Diagnostic[]; filesChecked: number }
  | { type: "crashed"; changed: string[]; message: string };

export interface Preview {
  url: string;
  /** Resolves with the outcome of the next build. */
  nextBuild(): Promise<ServeEvent>;
  close(): Promise<void>;
}

const SETTLE_MS = 50;

/**
 * `statusmark serve`: builds into a temporary folder, serves it with
 * Eleventy's dev server, and rebuilds and reloads the browser on every change
 * to an incident, site.yml or a template. While a file has an error, every
 * page shows the errors instead of the site.
 */
export async function serve({
  cwd,
  incidents,
  port,
  now,
  onEvent,
  templates = TEMPLATE_PATHS,
  cacheKey = null,
}: ServeOptions): Promise<Preview> {
  const temp = await mkdtemp(join(tmpdir(), "statusmark-serve-"));
  const out = join(temp, "site");
  let errorPage: string | null = null;
  let templatesChanged = false;
  const waiting: ((event: ServeEvent) => void)[] = [];
  const emit = (event: ServeEvent) => {
    onEvent?.(event);
    if (event.type !== "listening") for (const resolve of waiting.splice(0)) resolve(event);
  };

  const server = EleventyDevServer.getServer("statusmark", out, {
    port,
    logger: { info: () => {}, log: () => {}, error: () => {} },
    messageOnStart: () => false,
    domDiff: false,
    onRequest: {
      "/*": () =>
        errorPage === null
          ? undefined
          : {
              status: 500,
              headers: { "content-type": "text/html; charset=utf-8" },
              body: errorPage,
            },
    },
  });

  const rebuild = async (changed: string[]) => {
    const options: BuildOptions = { cwd, incidents, out, now: now(), cacheKey };
    try {
      const result = templatesChanged ? await buildInWorker(options) : await build(options);
      if (result.out === null) {
        errorPage = renderErrorPage(result.diagnostics);
        emit({
          type: "invalid",
          changed,
          diagnostics: result.diagnostics,
          filesChecked: result.filesChecked,
        });
      } else {
        errorPage = null;
        emit({
          type: "built",
          pages: result.pages,
          now: options.now,
          changed,
          diagnostics: result.diagnostics,
        });
      }
    } catch (error) {
      const message = String((error as Error).stack ?? error);
      errorPage = renderErrorPage({ bug: message });
      emit({ type: "crashed", changed, message });
    }
    server.reload({
      files: changed.length > 0 ? changed : ["index.html"],
      build: { templates: [] },
    });
  };

  await rebuild([]);
  const changes = batchChanges(SETTLE_MS, rebuild);
  const watcher = await watchSources(resolve(cwd, incidents), templates, (path, isTemplate) => {
    if (isTemplate) templatesChanged = true;
    changes.add(relative(cwd, path) || path);
  });
  server.serve(port);
  await server.ready();
  const url = server.getServerUrl("localhost");
  onEvent?.({ type: "listening", url });

  return {
    url,
    nextBuild: () => new Promise((resolve) => waiting.push(resolve)),
    async close() {
      await watcher.close();
      await changes.close();
      await server.close();
      await rm(temp, { recursive: true, force: true });
      // The manifest of a temporary folder would serve no later build.
      removeOutputManifest(resolve(cwd, incidents), out);
    },
  };
}
