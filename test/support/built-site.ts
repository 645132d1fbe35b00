import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { build } from "../../src/commands/build.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { sampleFolderAsOf } from "./sample-as-of.ts";

/** Builds the project in `cwd` (its `incidents/`) at `now` into `out`, which it returns. */
export async function buildProject(cwd: string, out: string, now: string): Promise<string> {
  const result = await build({ cwd, incidents: "incidents", out, now: utcDateTime(now) });
  if (!result.out) throw new Error(`${cwd} did not build`);
  return result.out;
}

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

/** Every relative `href` or `src` of every page that names no file of the site. */
export async function brokenLinks(dir: string, files: string[]): Promise<string[]> {
  const present = new Set(files);
  const broken: string[] = [];
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const html = await readFile(join(dir, file), "utf8");
    for (const [, url = ""] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
      const path = url.split("#")[0]!;
      if (path === "" || /^[a-z]+:/.test(path)) continue;
      // Resolved as a browser would, with the site at the host's root (404.html links from it).
      const target = new URL(path, `http://site/${file}`).pathname.slice(1);
      if (!present.has(target === "" || target.endsWith("/") ? `${target}index.html` : target))
        broken.push(`${file} → ${url}`);
    }
  }
  return broken;
}
