import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { build } from "../src/commands/build.ts";
import { utcDateTime } from "../src/model/time.ts";
import { sampleCopy, type TempProject } from "./support/sample-copy.ts";

// A later build writes only what changed into the folder of an earlier one;
// what it leaves there must be, byte for byte, what a build into an empty
// folder writes from the same files.
const NOW = utcDateTime("2022-06-11T12:00:00Z");
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

async function buildInto(out: string) {
  const result = await build({ cwd: project.cwd, incidents: "incidents", out, now: NOW });
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
  const before = await buildInto("site");
  await change();
  const later = await buildInto("site");
  await buildInto("cold");
  const [incremental, cold] = await Promise.all([
    files(join(project.cwd, "site")),
    files(join(project.cwd, "cold")),
  ]);
  expect([...incremental.keys()].sort()).toEqual([...cold.keys()].sort());
  for (const [path, content] of cold) expect(incremental.get(path), path).toBe(content);
  // The later build wrote only some files.
  expect(later.written!.written).toBeLessThan(before.written!.written);
});
