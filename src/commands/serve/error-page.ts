import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";

/**
 * The page the preview shows instead of the site while a file has an error:
 * each problem with its place, as `statusmark check` prints it. Text is
 * escaped by Preact.
 */
export function renderErrorPage(problems: readonly Diagnostic[] | { bug: string }): string {
  const items =
    "bug" in problems
      ? [h("li", null, h("pre", null, problems.bug))]
      : problems
          .filter((d) => d.severity === "error")
          .map((d) =>
            h(
              "li",
              null,
              h("code", null, `${d.file}:${d.line}:${d.column}`),
              " ",
              d.message,
              " ",
              h("small", null, `[${d.rule}]`),
            ),
          );
  const heading =
    "bug" in problems
      ? "The build failed: a bug in statusmark rather than in your files"
      : `${items.length} ${items.length === 1 ? "error" : "errors"}: the site was not built`;
  const page = h(
    "html",
    { lang: "en" },
    h(
      "head",
      null,
      h("meta", { charset: "utf-8" }),
      h("title", null, "statusmark: fix the errors to see the site"),
      h(
        "style",
        null,
        "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}li{margin:.5rem 0}code{background:#f4f4f4;padding:0 .2rem}small{color:#666}",
      ),
    ),
    h(
      "body",
      null,
      h("h1", null, heading),
      h("ul", null, ...items),
      h("p", null, "This page reloads by itself when you save a fix."),
    ),
  );
  return `<!doctype html>\n${renderToString(page)}\n`;
}
