import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".atom": "application/atom+xml",
  ".rss": "application/rss+xml",
  ".ics": "text/calendar; charset=utf-8",
};

/**
 * Serves a built site as a static host does: folders by their index.html,
 * else 404.html, with the headers its `_headers` file gives each path, as
 * Netlify and Cloudflare Pages send them.
 */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = await readFile(join(dir, "_headers"), "utf8").then(parseHeaders, () => []);
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    let file = join(dir, path);
    if (path.endsWith("/")) file = join(file, "index.html");
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    const status = found ? 200 : 404;
    if (!found) file = join(dir, "404.html");
    const headers: Record<string, string> = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    };
    for (const rule of rules.filter((r) => r.pattern.test(path)))
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
    response.writeHead(status, headers);
    response.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** The rules of a `_headers` file: a path pattern (`*` for anything), then indented `Name: value` lines. */
function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      const source = line.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [name, value] = line.trim().split(/: (.*)/) as [string, string];
      rules.at(-1)?.headers.push([name, value]);
    }
  }
  return rules;
}
