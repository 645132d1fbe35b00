import { createHash } from "node:crypto";

/** A static file of the site, named after its content so it can be cached forever. */
export interface Asset {
  /** Site-relative path, such as `assets/style.0123456789.css`. */
  path: string;
  content: string;
}

/** `assets/style.css` with content `…` → `assets/style.<10 hex digits of its SHA-256>.css`. */
export function hashedAsset(name: string, content: string): Asset {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  const dot = name.lastIndexOf(".");
  return { path: `assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`, content };
}
