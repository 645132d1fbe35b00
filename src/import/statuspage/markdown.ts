import TurndownService from "turndown";
import { parseUpdateMarker } from "../../parse/update-marker.ts";

const turndown = new TurndownService({
  headingStyle: "atx",
  bulletListMarker: "-",
  codeBlockStyle: "fenced",
  emDelimiter: "_",
  br: "\\",
});
// An incident file has one level-1 heading, its title.
turndown.addRule("demote-h1", {
  filter: "h1",
  replacement: (content) => `\n\n## ${content.trim()}\n\n`,
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
  return (
    turndown
      .turndown(html)
      // A line that reads as an update marker (`EDIT …`, `Update 10:00 UTC:`)
      // would start an update: its first letter is written as an entity.
      .replace(/^.+$/gm, (line) => {
        const marker = parseUpdateMarker(line);
        if (marker?.kind !== "edit" && marker?.kind !== "malformed") return line;
        return line.replace(/[A-Za-z]/, (letter) => `&#${letter.charCodeAt(0)};`);
      })
      .trim()
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
