import type { Definition, Nodes } from "mdast";
import { isRemoteImage } from "../../parse/markdown-html.ts";
import type { Rule } from "../context.ts";

/** `image-remote`: an image from another site, which readers are shown as a link instead. */
export const images: Rule = ({ body, report }) => {
  const nodes = body.sections.flatMap((section) => section.nodes as Nodes[]);
  const definitions = new Map<string, Definition>();
  walk(nodes, (node) => {
    if (node.type === "definition" && !definitions.has(node.identifier))
      definitions.set(node.identifier, node);
  });
  walk(nodes, (node) => {
    const url =
      node.type === "image"
        ? node.url
        : node.type === "imageReference"
          ? definitions.get(node.identifier)?.url
          : undefined;
    if (url === undefined || !isRemoteImage(url)) return;
    const alt = (node as { alt?: string | null }).alt ?? "";
    report.warn(
      "image-remote",
      { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 },
      { url, alt },
    );
  });
};

function walk(nodes: readonly Nodes[], visit: (node: Nodes) => void): void {
  for (const node of nodes) {
    visit(node);
    if ("children" in node) walk(node.children as Nodes[], visit);
  }
}
