import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { listFiles } from "./built-site.ts";

/** The heaviest page of a built site: its HTML plus the CSS and JS every page loads, gzipped. */
export async function heaviestPage(dir: string): Promise<{ file: string; bytes: number }> {
  const files = await listFiles(dir);
  const gzipped = async (file: string) =>
    gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
  let assets = 0;
  for (const file of files.filter((f) => f.startsWith("assets/"))) assets += await gzipped(file);
  let heaviest = { file: "", bytes: 0 };
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const bytes = (await gzipped(file)) + assets;
    if (bytes > heaviest.bytes) heaviest = { file, bytes };
  }
  return heaviest;
}

/** The budget of every page: 60 KB of HTML, CSS and JS after gzip. */
export const PAGE_BUDGET = 60 * 1024;
