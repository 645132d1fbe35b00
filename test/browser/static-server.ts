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

/** Serves a built site as a static host does: folders by their index.html, else 404.html. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
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
    response.writeHead(status, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    });
    response.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
