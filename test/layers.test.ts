import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The pipeline's layers and the only imports allowed between them, written
 * once: a folder may import from itself and from the folders listed for it.
 * Reading left to right is the order data flows: files are loaded and parsed,
 * validated into the model, then emitted or rendered and written.
 */
const LAYERS: Record<string, readonly string[]> = {
  "src/diagnostics": [],
  "src/model": [],
  "src/load": [],
  "src/parse": ["src/diagnostics", "src/model"],
  "src/validate": ["src/diagnostics", "src/model", "src/load", "src/parse"],
  "src/cache": ["src/model", "src/load", "src/validate", "src/write"],
  "src/present": ["src/model"],
  "src/write": ["src/model"],
  "src/statuspage": ["src/model"],
  "src/emit": ["src/model", "src/present", "src/write", "src/statuspage"],
  "src/render": ["src/model", "src/present", "src/write"],
  "src/report": ["src/diagnostics"],
  "src/edit": ["src/diagnostics", "src/model", "src/parse"],
  "src/import": ["src/diagnostics", "src/model", "src/parse", "src/edit", "src/statuspage"],
  "src/scaffold": ["src/model", "src/edit", "src/write"],
  "src/commands": [
    "src/diagnostics",
    "src/model",
    "src/load",
    "src/parse",
    "src/validate",
    "src/cache",
    "src/present",
    "src/write",
    "src/emit",
    "src/render",
    "src/report",
    "src/edit",
    "src/import",
    "src/statuspage",
    "src/scaffold",
    "templates",
  ],
  "src/index.ts": ["src/commands", "src/diagnostics", "src/report", "src/model"],
  scripts: ["src/commands", "src/report", "src/model", "src/cache"],
  templates: ["src/model", "src/present", "src/render"],
};

const root = new URL("..", import.meta.url).pathname;
const SOURCE = /\.(ts|tsx|js)$/;

/** The layer a project file belongs to: the longest folder of LAYERS that holds it. */
function layerOf(path: string): string | null {
  const owner = Object.keys(LAYERS)
    .filter((layer) => path === layer || path.startsWith(`${layer}/`))
    .sort((a, b) => b.length - a.length)[0];
  return owner ?? null;
}

/** Every relative import of every source file under the layers, as `from → to` paths. */
function imports(): { from: string; to: string }[] {
  const edges: { from: string; to: string }[] = [];
  for (const top of ["src", "scripts", "templates"]) {
    for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !SOURCE.test(entry.name) || entry.name.endsWith(".test.ts")) continue;
      const file = join(entry.parentPath, entry.name);
      const from = relative(root, file);
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      for (const { fileName } of importedFiles) {
        if (fileName.startsWith("."))
          edges.push({ from, to: relative(root, join(dirname(file), fileName)) });
      }
    }
  }
  return edges;
}

describe("the pipeline's layers", () => {
  it("are imported only in the allowed direction", () => {
    const wrong = imports()
      .map(({ from, to }) => ({ from, to, a: layerOf(from), b: layerOf(to) }))
      .filter(({ a, b }) => a !== null && a !== b && !(b !== null && LAYERS[a]!.includes(b)))
      .map(({ from, to }) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it("have no cycle between them", () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (layer: string, path: string[]) => {
      if (done.has(layer)) return;
      if (visiting.has(layer)) {
        cycles.push([...path, layer].join(" → "));
        return;
      }
      visiting.add(layer);
      for (const next of LAYERS[layer] ?? []) visit(next, [...path, layer]);
      visiting.delete(layer);
      done.add(layer);
    };
    for (const layer of Object.keys(LAYERS)) visit(layer, []);
    expect(cycles).toEqual([]);
  });

  it("cover every folder of src", () => {
    const folders = readdirSync(join(root, "src"), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== "types")
      .map((e) => `src/${e.name}`);
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
  });
});
