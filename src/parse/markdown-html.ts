import type { Html, Root, RootContent } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Raw HTML in an incident is shown as the text the author typed.
const rawHtmlAsText = (_: unknown, node: Html) => ({ type: "text" as const, value: node.value });

const toHtml = unified()
  .use(remarkRehype, { handlers: { html: rawHtmlAsText } })
  .use(rehypeSanitize)
  .use(rehypeStringify);

/**
 * Renders a section's markdown nodes to HTML. Incident text is untrusted, so
 * the result is sanitised too (no `javascript:` links, no event handlers).
 */
export function markdownToHtml(nodes: readonly RootContent[]): string {
  const root: Root = { type: "root", children: [...nodes] };
  return toHtml.stringify(toHtml.runSync(root)).trim();
}
