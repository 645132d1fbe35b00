import { gzipSync } from "node:zlib";

/**
 * The most a page's HTML may weigh gzipped before its list is split over
 * several pages: the 60 KB budget of a page (HTML, CSS and JS after gzip)
 * less room for the stylesheet and the script (4.7 KB gzipped today) and for the
 * links between the pages of a split list.
 */
export const HTML_BUDGET = 48 * 1024;

/** Whether `html` fits `HTML_BUDGET` once gzipped at zlib's default level, below the level 9 the tests use. */
export function fitsBudget(html: string): boolean {
  // HTML within the budget before compression is within it after: only
  // heavier pages are compressed to know.
  if (Buffer.byteLength(html) <= HTML_BUDGET) return true;
  return gzipSync(html).length <= HTML_BUDGET;
}
