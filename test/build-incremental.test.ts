import { randomBytes } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { build } from "../src/commands/build.ts";
import { utcDateTime } from "../src/model/time.ts";
import { sampleCopy, type TempProject } from "./support/sample-copy.ts";

// A later build writes only what changed into the folder of an earlier one,
// and takes from the cache the files it checked before; what it leaves there
// must be, byte for byte, what a build without cache into an empty folder
// writes from the same files.
const NOW = utcDateTime("2022-06-11T12:00:00Z");
const cacheKey = randomBytes(32);
let project: TempProject;
beforeEach(async () => {
  project = await sampleCopy();
});
afterEach(() => project.remove());

const at = (path: string) => join(project.cwd, "incidents", path);

async function files(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(
    await Promise.all(
      paths.map(async (p) => [p.slice(dir.length + 1), await readFile(p, "utf8")] as const),
    ),
  );
}

async function buildInto(out: string, cached: boolean, now = NOW) {
  const result = await build({
    cwd: project.cwd,
    incidents: "incidents",
    out,
    now,
    cacheKey: cached ? cacheKey : null,
  });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result;
}

it.each([
  [
    "a changed incident",
    async () => {
      const path = at("2022-06-09-mail-delivery.md");
      await writeFile(
        path,
        `${await readFile(path, "utf8")}\nEDIT 2022-06-10 08:00 UTC: A note.\n`,
      );
    },
  ],
  ["a deleted incident", () => rm(at("2022-06-08-hypervisor-down.md"))],
  [
    "an incident in a month before the others, which links them to it",
    () =>
      writeFile(
        at("2022-05-20-slow-mails.md"),
        "---\ncomponent: Mails\nstart: 2022-05-20 10:00\nend: 2022-05-20 11:00\nimpact: minor\n---\n# Slow mails\n\nMails were slow.\n",
      ),
  ],
  [
    "a renamed incident",
    () => rename(at("2022-06-08-deployment-issues.md"), at("2022-06-08-deploys-failing.md")),
  ],
  [
    "a changed site.yml",
    async () => {
      const text = await readFile(at("site.yml"), "utf8");
      await writeFile(at("site.yml"), text.replace(/^title: .*$/m, "title: Another Cloud"));
    },
  ],
])("after %s, leaves the bytes of a build into an empty folder", async (_, change) => {
  const before = await buildInto("site", true);
  await change();
  const later = await buildInto("site", true);
  await buildInto("cold", false);
  const [incremental, cold] = await Promise.all([
    files(join(project.cwd, "site")),
    files(join(project.cwd, "cold")),
  ]);
  expect([...incremental.keys()].sort()).toEqual([...cold.keys()].sort());
  for (const [path, content] of cold) expect(incremental.get(path), path).toBe(content);
  // The later build wrote only some files.
  expect(later.written!.written).toBeLessThan(before.written!.written);
});

it("takes unchanged files from the cache, and a later now gives the bytes of a build without it", async () => {
  await writeFile(
    at("2022-06-13-mail-upgrade.md"),
    "---\ncomponent: Mails\nscheduled: 2022-06-10 09:00\nstart: 2022-06-13 22:00\nend: 2022-06-13 23:00\n---\n# Mail servers upgrade\n\nMails may be delayed.\n",
  );
  await writeFile(
    at("2022-06-11-slow-deploys.md"),
    "---\ncomponent: Deployments\nstart: 2022-06-11 10:00\nimpact: minor\n---\n# Slow deployments\n\nDeployments take longer than usual.\n",
  );
  const first = await buildInto("site", true);
  expect(first.fromCache).toBe(0);
  const again = await buildInto("site", true);
  // All but the ongoing incident, checked at every now; the maintenance ahead until it starts.
  expect([again.history!.incidents.length, again.fromCache]).toEqual([11, 10]);
  // Three days on, the maintenance is over and the ongoing incident has gone without news.
  const later = utcDateTime("2022-06-14T23:00:00Z");
  expect((await buildInto("site", true, later)).fromCache).toBe(9);
  await buildInto("cold", false, later);
  const [incremental, cold] = await Promise.all([
    files(join(project.cwd, "site")),
    files(join(project.cwd, "cold")),
  ]);
  expect(incremental).toEqual(cold);
});
