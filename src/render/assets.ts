import { createHash } from "node:crypto";
import type { OutputFile } from "../write/output-file.ts";

/** Site-relative paths of the stylesheet and the optional script, for templates. */
export interface AssetPaths {
  css: string;
  js: string;
}

/** The stylesheet and the script every page links to, named after their content. */
export function siteAssets(css: string, js: string): { paths: AssetPaths; files: OutputFile[] } {
  const files = [hashedAsset("style.css", css), hashedAsset("local-time.js", js)] as const;
  return { paths: { css: files[0].path, js: files[1].path }, files: [...files] };
}

/** `style.css` with content `…` → `assets/style.<10 hex digits of its SHA-256>.css`, cacheable forever. */
export function hashedAsset(name: string, content: string): OutputFile {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  const dot = name.lastIndexOf(".");
  return { path: `assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`, content };
}
