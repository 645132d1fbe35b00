import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, expect, it } from "vitest";
import { sampleCopy, type TempProject } from "../support/sample-copy.ts";

// Each run starts tsx (about a second), so only a few tests go through the real entry point.
const bin = new URL("../../bin/statusmark.js", import.meta.url).pathname;
const run = (cwd: string, args: string[]) =>
  promisify(execFile)("node", [bin, ...args], {
    cwd,
    env: { ...process.env, GITHUB_ACTIONS: "" },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

let project: TempProject;
afterEach(() => project.remove());

it("prints the path of the new file and exits 0", async () => {
  project = await sampleCopy();
  const result = await run(project.cwd, [
    "new",
    "--component",
    "Mails",
    "--title",
    "Mails are late",
    "--now",
    "2022-06-11T09:41:27Z",
  ]);
  expect(result).toMatchObject({
    code: 0,
    stdout: "incidents/2022-06-11-mails-are-late.md\n",
    stderr: "",
  });
  expect(await readFile(join(project.cwd, "incidents/2022-06-11-mails-are-late.md"), "utf8")).toBe(
    "---\ncomponent: Mails\nstart: 2022-06-11 09:41\n---\n# Mails are late\n",
  );
}, 20_000);

it("says what to do on stderr and exits 1 when nothing was written", async () => {
  project = await sampleCopy();
  const result = await run(project.cwd, ["update", "2022-06-10-hypervisor-lots", "Back."]);
  expect(result).toMatchObject({
    code: 1,
    stdout: "",
    stderr:
      "statusmark: No incident `2022-06-10-hypervisor-lots` in incidents: did you mean `2022-06-10-hypervisor-lost`?\n",
  });
}, 20_000);

it("refuses an import zone that is not a zone id before writing anything, exiting 2", async () => {
  project = await sampleCopy();
  const result = await run(project.cwd, ["import", "statuspage", "saved", "--zone", "par"]);
  expect(result).toMatchObject({
    code: 2,
    stdout: "",
    stderr:
      "statusmark: Unexpected --zone `par`, expected capital letters and digits such as `PAR`\n",
  });
}, 20_000);
