import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Html, Root, RootContent } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Raw HTML in an incident is shown as the text the author typed.
const rawHtmlAsText = (_: unknown, node: Html) => ({ type: "text" as const, value: node.value });

const toHtml = unified()
  .use(remarkRehype, { handlers: { html: rawHtmlAsText } })
  .use(() => remoteImagesAsLinks)
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

/**
 * Whether an image URL loads from another site: it has a scheme (`https:`,
 * `data:`…) or starts with `//`. Any other URL is a path on the site itself.
 */
export function isRemoteImage(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(url.trim());
}

/**
 * Shows each image from another site as a link to it, named by its alt text:
 * loading it would tell that site who reads the page, and when. The reader
 * can still choose to open it.
 */
function remoteImagesAsLinks(tree: HastRoot): void {
  const visit = (node: HastRoot | Element) => {
    node.children = node.children.map((child) =>
      child.type === "element" ? (visit(child), asLink(child)) : child,
    ) as typeof node.children;
  };
  visit(tree);
}

function asLink(element: Element): ElementContent {
  const src = element.properties.src;
  if (element.tagName !== "img" || typeof src !== "string" || !isRemoteImage(src)) return element;
  const alt = typeof element.properties.alt === "string" ? element.properties.alt.trim() : "";
  return {
    type: "element",
    tagName: "a",
    properties: { href: src },
    children: [{ type: "text", value: alt || src }],
  };
}
