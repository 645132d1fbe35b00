import Eleventy from "@11ty/eleventy";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { writeFiles } from "../write/files.ts";
import { sitePages } from "./views.ts";
import type { History } from "../model/types.ts";
import { registerTsx } from "./tsx.ts";
import { hashedAsset } from "./assets.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Site-relative paths of the stylesheet and the optional script, for templates. */
export interface AssetPaths {
  css: string;
  js: string;
}

/**
 * Renders the HTML pages of a history into `outDir` with Eleventy and the
 * project's templates, and writes the stylesheet and script they link to.
 */
export async function renderSite(history: History, outDir: string): Promise<void> {
  // Eleventy imports the templates with Node's own loader, whoever called us.
  registerTsx();
  const [css, js] = await Promise.all([
    readFile(`${root}templates/_assets/style.css`, "utf8").then((c) => hashedAsset("style.css", c)),
    readFile(`${root}templates/_assets/local-time.js`, "utf8").then((c) =>
      hashedAsset("local-time.js", c),
    ),
  ]);
  const assets: AssetPaths = { css: css.path, js: js.path };
  const eleventy = new Eleventy(`${root}templates`, outDir, {
    configPath: `${root}.eleventy.js`,
    quietMode: true,
    config(eleventyConfig) {
      eleventyConfig.addGlobalData("history", history);
      eleventyConfig.addGlobalData("views", sitePages(history));
      eleventyConfig.addGlobalData("assets", assets);
    },
  });
  eleventy.disableLogger();
  await eleventy.write();
  await writeFiles(outDir, [css, js]);
}
