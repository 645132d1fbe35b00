import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { Reporter } from "../diagnostics/diagnostic.ts";
import type { Incident } from "../model/types.ts";
import { parseBody } from "../parse/body.ts";
import { parseFrontmatter } from "../parse/frontmatter.ts";
import { markdownToHtml } from "../parse/markdown-html.ts";
import { readStatusLabel } from "../parse/status-label.ts";
import { updateBody } from "./update.ts";

const parser = unified().use(remarkParse).use(remarkGfm);

/** The HTML an update's markdown renders to on its own, its status label left out as the file is read. */
export function updateHtml(markdown: string): string {
  const label = readStatusLabel(markdown);
  const text = label?.status ? markdown.slice(label.length) : markdown;
  return markdownToHtml((parser.parse(text) as Root).children);
}

/**
 * Whether an update appended after `text` would be read as one: false when a
 * fenced code block or an HTML block (`<!--`, `<pre>`) is left open at its
 * end and would take it in.
 */
export function closesItsBlocks(text: string): boolean {
  const frontmatter = parseFrontmatter(text, new Reporter(""));
  const body = parseBody(`${text}\n\nEDIT: probe\n`, frontmatter?.bodyOffset ?? 0);
  const last = body.sections.at(-1);
  return last?.marker?.kind === "edit" && last.text === "probe";
}

/**
 * Why `after` is not `before` with one more update that renders as `message`
 * does on its own; null when it is. Holds the edit commands to what they were
 * asked, whatever the text holds.
 */
function addedUpdateProblem(before: Incident, after: Incident, message: string): string | null {
  const added = after.updates.length - before.updates.length;
  if (added !== 1)
    return `the file would read back with ${added} new updates instead of 1: a code block or HTML block left open above it takes it in; close it first`;
  if (after.updates.at(-1)?.html !== updateHtml(message))
    return "the update would not read back as the text given";
  return null;
}

/**
 * Why the edited file does not read back as `before` plus one update that
 * renders as `message` does on its own, followed by nothing left open; null
 * when it does.
 */
export function updateProblem(
  before: Incident,
  after: Incident,
  text: string,
  message: string,
): string | null {
  return (
    addedUpdateProblem(before, after, updateBody(message)) ??
    (closesItsBlocks(text)
      ? null
      : "the text leaves a code block or HTML block open, so the next update would be read as part of it: close it")
  );
}
