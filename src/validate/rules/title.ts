import { LIMITS } from "../../parse/limits.ts";
import type { Rule } from "../context.ts";

/** `title-missing`, `title-repeated`, `value-too-long`: the body opens with exactly one short `# Title`. */
export const title: Rule = ({ body, frontmatter, report }) => {
  // An unclosed frontmatter swallows the file: there is no body to judge.
  if (frontmatter && !frontmatter.closed) return;
  const [first, ...others] = body.titles;
  if (!first || body.beforeTitle) {
    report.error(
      "title-missing",
      body.beforeTitle ?? first?.at ?? nextLine(frontmatter?.closeAt.line ?? 0),
    );
  } else if (first.text === "") {
    report.error("title-missing", first.at, { empty: true });
  } else if (first.text.length > LIMITS.titleLength) {
    report.error("value-too-long", first.at, {
      what: "title",
      length: first.text.length,
      limit: LIMITS.titleLength,
    });
  }
  for (const other of others) {
    report.error("title-repeated", other.at);
  }
};

function nextLine(line: number) {
  return { line: line + 1, column: 1 };
}
