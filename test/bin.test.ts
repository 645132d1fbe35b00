import { execFile, spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Run } from "./support/cli.ts";
import { sampleCopy, type TempProject } from "./support/sample-copy.ts";

// The real binary, for what only a process shows: its exit code, what goes to
// stdout and what to stderr, and the environment it reads. Each run costs a
// Node start-up with tsx, so everything else runs in-process (cli.test.ts).
const bin = new URL("../bin/statusmark.js", import.meta.url).pathname;
let temp: TempProject;

beforeAll(async () => {
  temp = await sampleCopy();
  await mkdir(join(temp.cwd, "broken"));
  await writeFile(
    join(temp.cwd, "broken/2022-06-10-typo.md"),
    "---\ncomponent: Infrastructure\nstart: 2022-06-10 05:23\nretroactve: true\n---\n# Typo\n",
  );
});
afterAll(() => temp.remove());

async function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)("node", [bin, ...args], {
      cwd: temp.cwd,
      env: { ...process.env, GITHUB_ACTIONS: "", SOURCE_DATE_EPOCH: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as Run;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

it("builds in the working folder with the time from SOURCE_DATE_EPOCH, exiting 0", async () => {
  expect(await run(["build", "--out", "site"], { SOURCE_DATE_EPOCH: "1654948800" })).toEqual({
    code: 0,
    stdout:
      "incidents/2022-06-07-pulsar-instabilities.md:13:1: warning: Unexpected `EDIT:` without a time, expected `EDIT hh:mm UTC:`: the update is shown undated [update-time-missing]\n" +
      "0 errors, 1 warning in 1 file (10 files checked).\n" +
      `Built 9 incidents as of 2022-06-11T12:00:00Z into ${join(temp.cwd, "site")}\n` +
      "Preview it with `npm run serve` (or `statusmark serve`), or upload the folder to any static host.\n",
    stderr: "",
  });
});

it("exits 1 with the problems on stdout and GitHub annotations under GitHub Actions", async () => {
  expect(
    await run(["check", "broken", "--now", "2022-06-11T00:00:00Z"], { GITHUB_ACTIONS: "true" }),
  ).toEqual({
    code: 1,
    stdout:
      "::error file=broken/2022-06-10-typo.md,line=4,col=1,title=key-unknown::Unexpected key `retroactve`, did you mean `retroactive`?\n" +
      "1 error, 0 warnings in 1 file (2 files checked).\n",
    stderr: "",
  });
});

it("exits 2 with the usage error on stderr alone", async () => {
  expect(await run(["update", "2022-06-10-hypervisor-lost", "Back.", "--now", "soon"])).toEqual({
    code: 2,
    stdout: "",
    stderr:
      "statusmark: Unexpected --now soon (not a date and time), expected a UTC time such as `05:23`, `2022-06-10 05:23` or `2022-06-10T07:23:00+02:00`\n",
  });
});

it("stops quietly when what it prints is piped into a command that stops reading", async () => {
  const child = spawn("node", [bin, "check", "broken", "--format", "json"], {
    cwd: temp.cwd,
    env: { ...process.env, GITHUB_ACTIONS: "", SOURCE_DATE_EPOCH: "" },
  });
  // The reader is gone before anything was written, as `statusmark check | head -0` does.
  child.stdout.destroy();
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
});
