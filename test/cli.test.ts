import { execFile } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCopy, type TempProject } from "./support/sample-copy.ts";

// A few end-to-end runs of the real binary: each costs a Node start-up with tsx.
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

async function run(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)("node", [bin, ...args], {
      cwd: temp.cwd,
      env: { ...process.env, GITHUB_ACTIONS: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("statusmark check", () => {
  it("exits 1 and prints each problem at its line, then a summary", async () => {
    const result = await run([
      "check",
      "broken/2022-06-10-typo.md",
      "--now",
      "2022-06-11T00:00:00Z",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "broken/2022-06-10-typo.md:4:1: error: Unexpected key `retroactve`, did you mean `retroactive`? [key-unknown]\n" +
        "1 error, 0 warnings in 1 file (2 files checked).\n",
    );
  });

  it("prints GitHub annotations under GitHub Actions, and JSON on request", async () => {
    const args = ["check", "broken", "--now", "2022-06-11T00:00:00Z"];
    const github = await run(args, { GITHUB_ACTIONS: "true" });
    expect(github.stdout.split("\n")[0]).toBe(
      "::error file=broken/2022-06-10-typo.md,line=4,col=1,title=key-unknown::Unexpected key `retroactve`, did you mean `retroactive`?",
    );
    const json = await run([...args, "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        file: "broken/2022-06-10-typo.md",
        line: 4,
        column: 1,
        severity: "error",
        message: "Unexpected key `retroactve`, did you mean `retroactive`?",
        rule: "key-unknown",
        actual: "retroactve",
        expected: ["component", "zone", "start", "end", "scheduled", "retroactive", "impact"],
      },
    ]);
  });

  it("exits 2 on a usage error", async () => {
    const result = await run(["check", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      "statusmark: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json, github.",
    );
    expect((await run(["check", "--now", "soon"])).code).toBe(2);
  });
});

describe("statusmark build", () => {
  it("builds the sample with the time from SOURCE_DATE_EPOCH", async () => {
    const result = await run(["build", "--out", "site"], { SOURCE_DATE_EPOCH: "1654948800" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Built 9 incidents as of 2022-06-11T12:00:00Z into");
  });

  it("says, without a stack trace, when the output folder cannot be written", async () => {
    const result = await run([
      "build",
      "--out",
      "/etc/hostname/dist",
      "--now",
      "2022-06-11T12:00:00Z",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `statusmark: Cannot write /etc/hostname/dist (ENOTDIR): check --out and its permissions. Nothing was changed.\n`,
    );
  });

  it("exits 1 and writes nothing when a file has an error", async () => {
    const result = await run(["build", "--incidents", "broken", "--out", "nothing"]);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").at(-2)).toBe(
      "statusmark: Nothing was written: fix the errors above and build again.",
    );
    expect(await readdir(temp.cwd)).not.toContain("nothing");
  });
});
