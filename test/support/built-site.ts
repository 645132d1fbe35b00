import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { build } from "../../src/commands/build.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { sampleFolderAsOf } from "./sample-as-of.ts";

/** Builds the sample history as published at `now` (what had been posted by then) into `out`. */
export async function buildSample(
  out: string,
  now = utcDateTime("2022-06-11T12:00:00Z"),
): Promise<string> {
  const project = await sampleFolderAsOf(now);
  try {
    const result = await build({ cwd: project.cwd, incidents: "incidents", out, now });
    if (!result.out) throw new Error("the sample did not build");
    return result.out;
  } finally {
    await project.remove();
  }
}

/** Every file under `dir`, as sorted paths relative to it with `/`. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** The parsed document of a built page (`history/2022/06/` or `404.html`). */
export async function page(dir: string, path: string): Promise<Document> {
  const file = path.endsWith(".html") ? path : `${path}index.html`;
  return parseHTML(await readFile(join(dir, file), "utf8")).document as unknown as Document;
}

/** The text a reader sees in an element, whitespace collapsed. */
export function text(node: Element | null | undefined): string {
  if (!node) throw new Error("no such element");
  return (node.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The texts of every element matching `selector`. */
export function texts(scope: Document | Element, selector: string): string[] {
  return Array.from(scope.querySelectorAll(selector), (e) => text(e));
}
