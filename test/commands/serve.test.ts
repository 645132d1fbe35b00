import { execFile } from "node:child_process";
import { cp, readFile, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, expect, it } from "vitest";
import WebSocket from "ws";
import { serve, type Preview, type ServeEvent } from "../../src/commands/serve/serve.ts";
import { TEMPLATE_PATHS } from "../../src/commands/serve/watch.ts";
import { sampleCopy, type TempProject } from "../support/sample-copy.ts";
import { utcDateTime } from "../../src/model/time.ts";

const root = new URL("../..", import.meta.url).pathname;
let project: TempProject | null = null;
let preview: Preview | null = null;
afterEach(async () => {
  await preview?.close();
  await project?.remove();
});

/** Waits for a promise, failing with a message instead of hanging. */
function within<T>(promise: Promise<T>, what: string, ms = 20_000): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`gave up waiting for ${what}`)), ms);
    }),
  ]);
}

it("serves the site on localhost, rebuilds and reloads on a change, and shows errors on the page", async () => {
  project = await sampleCopy();
  // The site is built from the package's templates; a change to this copy stands for a change to them.
  const templates = join(project.cwd, "templates");
  await cp(join(root, "templates"), templates, { recursive: true });
  const file = join(project.cwd, "incidents/2022-06-10-hypervisor-lost.md");
  const events: ServeEvent[] = [];
  preview = await within(
    serve({
      cwd: project.cwd,
      incidents: "incidents",
      port: 0,
      now: () => utcDateTime("2022-06-11T12:00:00Z"),
      onEvent: (e) => events.push(e),
      templates: [templates],
    }),
    "the first build",
  );
  expect(preview.url).toMatch(/^http:\/\/localhost:\d+\/$/);
  expect(events.map((e) => e.type)).toEqual(["built", "listening"]);

  const home = await fetch(preview.url);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain("An hypervisor has been lost");

  const socket = new WebSocket(preview.url.replace("http", "ws"));
  const messages: string[] = [];
  socket.on("message", (data: Buffer) => messages.push(data.toString()));
  await within(new Promise((resolve) => socket.once("open", resolve)), "the reload socket");

  const original = await readFile(file, "utf8");
  let built = preview.nextBuild();
  await writeFile(
    file,
    original.replace("# An hypervisor has been lost", "# A hypervisor was lost"),
  );
  expect(await within(built, "the rebuild")).toMatchObject({
    type: "built",
    pages: 9,
    changed: ["incidents/2022-06-10-hypervisor-lost.md"],
  });
  const page = await (await fetch(`${preview.url}incidents/2022-06-10-hypervisor-lost/`)).text();
  expect(page).toContain("A hypervisor was lost");
  await within(
    new Promise<void>((resolve) => {
      const seen = () => messages.some((m) => JSON.parse(m).type === "eleventy.reload");
      if (seen()) resolve();
      else socket.on("message", () => seen() && resolve());
    }),
    "the reload message",
  );
  socket.close();

  built = preview.nextBuild();
  await writeFile(file, original.replace("impact: major", "impact: huge"));
  const invalid = await within(built, "the failed rebuild");
  expect(invalid.type).toBe("invalid");
  const errorPage = await fetch(`${preview.url}incidents/2022-06-10-hypervisor-lost/`);
  expect(errorPage.status).toBe(500);
  const errorText = await errorPage.text();
  expect(errorText).toContain("<h1>1 error: the site was not built</h1>");
  expect(errorText).toContain(
    `<code>incidents/2022-06-10-hypervisor-lost.md:7:9</code> Unexpected impact \`huge\`, expected \`none\`, \`minor\`, \`major\` or \`critical\` <small>[value-enum]</small>`,
  );

  built = preview.nextBuild();
  await writeFile(file, original);
  expect((await within(built, "the rebuild after the fix")).type).toBe("built");
  expect((await fetch(preview.url)).status).toBe(200);

  // A template change rebuilds in a fresh worker, so the new template is imported.
  built = preview.nextBuild();
  const now = new Date();
  await utimes(join(templates, "pages/home.tsx"), now, now);
  expect(await within(built, "the rebuild after a template change")).toMatchObject({
    type: "built",
    pages: 9,
    changed: ["templates/pages/home.tsx"],
  });

  const url = preview.url;
  await preview.close();
  preview = null;
  await expect(fetch(url)).rejects.toThrow();
}, 60_000);

it("watches the package's own templates by default", () => {
  expect(TEMPLATE_PATHS).toEqual([join(root, "templates")]);
});

it("rebuilds in a fresh worker from the operator's own folder, which holds no tsconfig", async () => {
  project = await sampleCopy();
  // A process of its own, since the worker resolves from the working folder and tests never chdir.
  const script = join(root, "test/support/build-in-worker.js");
  const { stdout } = await promisify(execFile)("node", [script], { cwd: project.cwd });
  expect(JSON.parse(stdout)).toEqual({ out: join(project.cwd, "site"), pages: 9, diagnostics: 1 });
  expect(await readFile(join(project.cwd, "site/index.html"), "utf8")).toContain(
    "An hypervisor has been lost",
  );
}, 60_000);
