import type { Rule } from "../context.ts";

/** `title-missing`, `title-repeated`: the body opens with exactly one `# Title`. */
export const title: Rule = ({ body, frontmatter, report }) => {
  // An unclosed frontmatter swallows the file: there is no body to judge.
  if (frontmatter && !frontmatter.closed) return;
  const [first, ...others] = body.titles;
  if (!first || body.beforeTitle) {
    report.error(
      "title-missing",
      body.beforeTitle ?? first?.at ?? nextLine(frontmatter?.closeAt.line ?? 0),
      "Expected the body to start with the title as a level-1 heading: `# What happened`",
    );
  } else if (first.text === "") {
    report.error("title-missing", first.at, "Unexpected empty title, expected `# What happened`");
  }
  for (const other of others) {
    report.error(
      "title-repeated",
      other.at,
      "Unexpected second level-1 heading, expected one title: use `##` for a heading inside an update",
    );
  }
};

function nextLine(line: number) {
  return { line: line + 1, column: 1 };
}
