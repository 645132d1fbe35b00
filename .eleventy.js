// Eleventy only renders: templates get the validated model as global data
// (added by src/render/site.ts) and never read incident files.
import { renderToString } from "preact-render-to-string";

/** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addExtension("11ty.tsx", {
    key: "11ty.js",
    compile() {
      return async function (data) {
        const html = renderToString(await this.defaultRenderer(data));
        return html.startsWith("<html") ? `<!doctype html>\n${html}\n` : html;
      };
    },
  });
  eleventyConfig.setTemplateFormats(["11ty.tsx"]);
}
