/** The line ending a file already uses, so that what is added matches it. */
export function lineEnding(text: string): "\r\n" | "\n" {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
