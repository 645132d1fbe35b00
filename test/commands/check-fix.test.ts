import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyFolder, type TempProject } from "../support/sample-copy.ts";
import { statusmark } from "../support/cli.ts";

// Each folder of test/fixtures/near-miss holds an incident with one marker as
// operators really type them; beside it, what `check` prints (check.txt), what
// `check --fix` prints (fix.txt) and the file it leaves (fixed.txt).
const fixtures = new URL("../fixtures/near-miss/", import.meta.url).pathname;
const variants = (await readdir(fixtures, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

let project: TempProject;
beforeEach(async () => {
  project = await emptyFolder();
});
afterEach(() => project.remove());

async function copyVariant(name: string): Promise<string> {
  const [file] = (await readdir(join(fixtures, name))).filter((f) => f.endsWith(".md"));
  await cp(join(fixtures, "site.yml"), join(project.cwd, "incidents/site.yml"));
  await cp(join(fixtures, name, file!), join(project.cwd, "incidents", file!));
  return join(project.cwd, "incidents", file!);
}

const NOW = ["--now", "2022-06-20T00:00:00Z"];

describe("near-miss update markers", () => {
  it.each(variants)("%s: check explains it, --fix rewrites only the marker", async (name) => {
    const path = await copyVariant(name);
    const original = await readFile(path, "utf8");

    const checked = await statusmark(["check", ...NOW], { cwd: project.cwd });
    await expect(checked.stdout).toMatchFileSnapshot(join(fixtures, name, "check.txt"));
    expect(await readFile(path, "utf8")).toBe(original);

    const fixed = await statusmark(["check", "--fix", ...NOW], { cwd: project.cwd });
    await expect(fixed.stdout).toMatchFileSnapshot(join(fixtures, name, "fix.txt"));
    const after = await readFile(path, "utf8");
    await expect(after).toMatchFileSnapshot(join(fixtures, name, "fixed.txt"));
    // Undoing each printed change gives back the original, byte for byte.
    const changes = [...fixed.stdout.matchAll(/: fixed: `(.*)` → `(.*)`$/gm)];
    expect(changes.reduce((text, [, from, to]) => text.replace(to!, from!), after)).toBe(original);
    expect(fixed.code).toBe(/ 0 errors|^No problems/m.test(fixed.stdout) ? 0 : 1);
  });

  it("leaves a file that has nothing to fix untouched, and prints no change", async () => {
    const path = await copyVariant("space-before-colon");
    await writeFile(path, (await readFile(path, "utf8")).replace(" : ", ": "));
    const before = await readFile(path, "utf8");
    const run = await statusmark(["check", "--fix", ...NOW], { cwd: project.cwd });
    expect(run).toEqual({ code: 0, stdout: "No problems: 2 files checked.\n", stderr: "" });
    expect(await readFile(path, "utf8")).toBe(before);
  });

  it("prints the changes on standard error when standard output is JSON", async () => {
    await copyVariant("dash");
    const run = await statusmark(["check", "--fix", "--format", "json", ...NOW], {
      cwd: project.cwd,
    });
    expect(run.stderr).toBe(
      "incidents/2022-06-10-dash.md:10:1: fixed: `EDIT 9:22 UTC -` → `EDIT 09:22 UTC:`\n",
    );
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});
