import { lineEnding } from "./line-ending.ts";
import { escapeUpdateMarkers, startsWithParagraph } from "./markdown-text.ts";

/**
 * Appends an update at the end of an incident file, separated from what is
 * there by one blank line; the existing text is kept byte for byte. The text
 * follows the marker on its line when it opens with a paragraph, else it
 * starts a block of its own below it, so a heading, list or code block stays
 * one. A paragraph of it that starts with `EDIT` is escaped so that it does
 * not open an update of its own.
 */
export function appendUpdate(text: string, marker: string, message: string): string {
  const eol = lineEnding(text);
  const trailing = /(?:\r?\n)*$/.exec(text)![0].split("\n").length - 1;
  const gap = eol.repeat(Math.max(0, 2 - trailing));
  const body = updateBody(message);
  const inline = startsWithParagraph(body);
  const written = escapeUpdateMarkers(body, inline).replace(/\n/g, eol);
  return inline
    ? `${text}${gap}${marker} ${written.trimStart()}${eol}`
    : `${text}${gap}${marker}${eol}${eol}${written}${eol}`;
}

/** The markdown of an update's text: `\n` line endings, no blank lines around it, indentation kept. */
export function updateBody(message: string): string {
  return message
    .replace(/\r\n?/g, "\n")
    .replace(/^(?:[ \t]*\n)+/, "")
    .trimEnd();
}
