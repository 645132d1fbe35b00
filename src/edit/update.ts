import { lineEnding } from "./line-ending.ts";

/**
 * Appends an update paragraph at the end of an incident file, separated from
 * what is there by one blank line; the existing text is kept byte for byte.
 */
export function appendUpdate(text: string, marker: string, message: string): string {
  const eol = lineEnding(text);
  const trailing = /(?:\r?\n)*$/.exec(text)![0].split("\n").length - 1;
  const gap = eol.repeat(Math.max(0, 2 - trailing));
  const body = message.trim().replace(/\r?\n/g, eol);
  return `${text}${gap}${marker} ${body}${eol}`;
}
