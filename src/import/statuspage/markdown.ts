import TurndownService from "turndown";
import { escapeUpdateMarkers } from "../../edit/markdown-text.ts";

const turndown = new TurndownService({
  headingStyle: "atx",
  bulletListMarker: "-",
  codeBlockStyle: "fenced",
  emDelimiter: "_",
  br: "\\",
});
// Turndown escapes markdown's punctuation but not `&`: text such as `&copy;`
// would read as the entity, `©`.
const escapeText = turndown.escape.bind(turndown);
turndown.escape = (text) => escapeText(text).replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
// An incident file has one level-1 heading, its title.
turndown.addRule("demote-h1", {
  filter: "h1",
  replacement: (content) => `\n\n## ${content.trim()}\n\n`,
});

// Lists as operators write them, `- item` and `1. item`, not Turndown's `-   item`.
turndown.addRule("list-item", {
  filter: "li",
  replacement: (content, node) => {
    const item = node as HTMLElement;
    const parent = item.parentNode as HTMLElement | null;
    const start = Number(parent?.getAttribute("start") ?? 1) || 1;
    const index = parent ? Array.prototype.indexOf.call(parent.children, item) : 0;
    const prefix = parent?.nodeName === "OL" ? `${start + index}. ` : "- ";
    const paragraph = /\n$/.test(content);
    const text = content.replace(/^\n+/, "").replace(/\n+$/, "") + (paragraph ? "\n" : "");
    const indented = text.replace(/\n/g, `\n${" ".repeat(prefix.length)}`);
    return prefix + indented + (item.nextSibling ? "\n" : "");
  },
});

const BLOCK_TAG = /<\/?(?:p|div|ul|ol|li|h[1-6]|table|pre|blockquote)\b/i;
const ANY_TAG = /<\/?[a-z][^>]*>/i;

/**
 * Turns a Statuspage update body into markdown. Bodies are plain text with
 * CRLF line breaks, sometimes with HTML; both are read the way the hosted page
 * shows them: blank lines part paragraphs, single line breaks are kept.
 */
export function statuspageBodyToMarkdown(body: string): string {
  const text = body.replace(/\r\n?/g, "\n").trim();
  if (text === "") return "";
  const html = BLOCK_TAG.test(text)
    ? text
    : text
        .split(/\n{2,}/)
        .map((p) => `<p>${(ANY_TAG.test(p) ? p : escapeHtml(p)).replace(/\n/g, "<br>")}</p>`)
        .join("\n");
  // A paragraph starting with `EDIT` would read as an update marker.
  return escapeUpdateMarkers(turndown.turndown(html).trim());
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
