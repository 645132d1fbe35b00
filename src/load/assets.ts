import { readFile } from "node:fs/promises";

const folder = new URL("../../templates/assets/", import.meta.url);

/** The site's stylesheet and optional script, as shipped with Statusmark. */
export async function loadSiteAssets(): Promise<{ css: string; js: string }> {
  const [css, js] = await Promise.all([
    readFile(new URL("style.css", folder), "utf8"),
    readFile(new URL("local-time.js", folder), "utf8"),
  ]);
  return { css, js };
}
