import { execFile } from "node:child_process";
import { chmod, cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusmark, type Run } from "./support/cli.ts";
import { SAMPLE_PROJECT } from "./support/sample-copy.ts";

// A write the file system refuses is the operator's to fix: one sentence and
// exit 1, never "a bug in statusmark". The binary runs against a read-only
// incidents folder; as root, which may write anywhere, it runs as `nobody`.
const runner = new URL("support/runs-in-process.js", import.meta.url).pathname;
const SAVED = new URL("fixtures/statuspage-import/incidents.json", import.meta.url).pathname;
const NOW = ["--now", "2022-06-11T12:00:00Z"];
const NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
let root: string;
let runs: Run[];

/** Runs every command line in one process of its own, as `nobody` when the tests run as root. */
async function runAsOtherUser(commands: string[][]): Promise<Run[]> {
  const { stdout } = await promisify(execFile)(
    "node",
    [runner, JSON.stringify(commands.map((args) => [...args, ...NOW]))],
    { cwd: root, ...NOBODY },
  );
  return JSON.parse(stdout) as Run[];
}

beforeAll(async () => {
  root = await mkdtemp("/dev/shm/statusmark-refused-");
  await cp(join(SAMPLE_PROJECT, "incidents"), join(root, "incidents"), { recursive: true });
  await cp(join(SAMPLE_PROJECT, "incidents"), join(root, "imported"), { recursive: true });
  // site.yml already declares what the import needs, so the import stops at its first file.
  await statusmark(["import", "statuspage", SAVED, "--incidents", "imported", ...NOW], {
    cwd: root,
  });
  const sample = await readdir(join(SAMPLE_PROJECT, "incidents"));
  for (const name of await readdir(join(root, "imported")))
    if (!sample.includes(name)) await rm(join(root, "imported", name));
  for (const folder of ["incidents", "imported"]) await chmod(join(root, folder), 0o555);
  await chmod(root, 0o555);
  runs = await runAsOtherUser([
    ["new", "--component", "Mails", "--title", "Mails are late"],
    ["update", "2022-06-10-hypervisor-lost", "A note."],
    ["resolve", "2022-06-07-unique-ip-maintenance", "--at", "2022-06-07 20:40"],
    ["import", "statuspage", SAVED, "--incidents", "imported"],
    ["build", "--out", "site"],
  ]);
});
afterAll(async () => {
  await chmod(root, 0o755);
  await rm(root, { recursive: true, force: true });
});

describe("a folder the file system will not let statusmark write", () => {
  it("new, update and resolve say so in one sentence and exit 1", async () => {
    const fix =
      "permission denied (EACCES); give write access to the folder, or choose another --incidents";
    expect(runs.slice(0, 3)).toEqual([
      {
        code: 1,
        stdout: "",
        stderr: `statusmark: Cannot write incidents/2022-06-11-mails-are-late.md: ${fix}\n`,
      },
      {
        code: 1,
        stdout: "",
        stderr: `statusmark: Cannot write incidents/2022-06-10-hypervisor-lost.md: ${fix}\n`,
      },
      {
        code: 1,
        stdout: "",
        stderr: `statusmark: Cannot write incidents/2022-06-07-unique-ip-maintenance.md: ${fix}\n`,
      },
    ]);
    expect((await readdir(join(root, "incidents"))).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("import says which file it stopped at and what was written before it", async () => {
    expect(runs[3]).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "statusmark: Cannot write imported/2016-03-01-login-failures-for-sso-users.md: permission denied (EACCES); give write access to the folder, or choose another --incidents. 0 incident files were written before it; importing again keeps them and writes the rest.\n",
    });
  });

  it("build says so for --out, and changes nothing", async () => {
    expect(runs[4]).toEqual({
      code: 1,
      stdout: "",
      stderr: `statusmark: Cannot write ${join(root, "site")}: permission denied (EACCES); give write access to the folder, or choose another --out. Nothing was changed.\n`,
    });
  });
});
