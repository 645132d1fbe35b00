import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import type { History } from "../model/types.ts";
import { registerTsx } from "../tsx.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Renders the HTML pages of a history into `outDir` with Eleventy and the project's templates. */
export async function renderSite(history: History, outDir: string): Promise<void> {
  // Eleventy imports the templates with Node's own loader, whoever called us.
  registerTsx();
  const eleventy = new Eleventy(`${root}templates`, outDir, {
    configPath: `${root}.eleventy.js`,
    quietMode: true,
    config(eleventyConfig) {
      eleventyConfig.addGlobalData("history", history);
    },
  });
  eleventy.disableLogger();
  await eleventy.write();
}
