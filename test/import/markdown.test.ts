import { describe, expect, it } from "vitest";
import { statuspageBodyToMarkdown } from "../../src/import/statuspage/markdown.ts";

describe("statuspageBodyToMarkdown", () => {
  it("keeps CRLF line breaks of plain text as hard breaks and blank lines as paragraphs", () => {
    expect(
      statuspageBodyToMarkdown("Errors > 2% & rising.\r\nInvestigating.\r\n\r\nMore soon."),
    ).toBe("Errors > 2% & rising.\\\nInvestigating.\n\nMore soon.");
  });

  it("escapes plain text that markdown would read as formatting", () => {
    expect(statuspageBodyToMarkdown("- not a list *really*\r\n1. nor this")).toBe(
      "\\- not a list \\*really\\*\\\n1\\. nor this",
    );
  });

  it("converts HTML links, emphasis and lists", () => {
    expect(
      statuspageBodyToMarkdown(
        'See <a href="https://acme.example/a_b">the log</a>.<br>It is <strong>fixed</strong>.',
      ),
    ).toBe("See [the log](https://acme.example/a_b).\\\nIt is **fixed**.");
    expect(statuspageBodyToMarkdown("<p>Causes:</p><ul><li>disk</li><li>retries</li></ul>")).toBe(
      "Causes:\n\n- disk\n- retries",
    );
  });

  it("writes numbered and nested lists as operators write them", () => {
    expect(
      statuspageBodyToMarkdown(
        '<ol start="3"><li>drain</li><li>restart<ul><li>api</li><li>workers</li></ul></li></ol>',
      ),
    ).toBe("3. drain\n4. restart\n   - api\n   - workers");
  });

  it("turns a level-1 heading into a level-2 one, since the title is the only level-1 heading", () => {
    expect(statuspageBodyToMarkdown("<h1>Postmortem</h1><p>Stuck consumer.</p>")).toBe(
      "## Postmortem\n\nStuck consumer.",
    );
  });

  it("keeps a paragraph that starts with EDIT from reading as an update marker", () => {
    expect(statuspageBodyToMarkdown("Fixed.\r\n\r\nEDIT: more later")).toBe(
      "Fixed.\n\n&#69;DIT: more later",
    );
  });
});
