import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStatusmark } from "../scripts/cli/program.ts";
import { statusmark, testIo } from "./support/cli.ts";
import { sampleCopy, type TempProject } from "./support/sample-copy.ts";

// The command line run in-process, as the binary runs it: see bin.test.ts for the binary itself.
let temp: TempProject;
const run = (args: string[], env: Record<string, string> = {}) =>
  statusmark(args, { cwd: temp.cwd, env });

beforeAll(async () => {
  temp = await sampleCopy();
  await mkdir(join(temp.cwd, "broken"));
  await writeFile(
    join(temp.cwd, "broken/2022-06-10-typo.md"),
    "---\ncomponent: Infrastructure\nstart: 2022-06-10 05:23\nretroactve: true\n---\n# Typo\n",
  );
});
afterAll(() => temp.remove());

describe("statusmark check", () => {
  it("exits 1 and prints each problem at its line, then a summary", async () => {
    const result = await run([
      "check",
      "broken/2022-06-10-typo.md",
      "--now",
      "2022-06-11T00:00:00Z",
    ]);
    expect(result).toEqual({
      code: 1,
      stdout:
        "broken/2022-06-10-typo.md:4:1: error: Unexpected key `retroactve`, did you mean `retroactive`? [key-unknown]\n" +
        "1 error, 0 warnings in 1 file (2 files checked).\n",
      stderr: "",
    });
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
        expected: ["component", "zone", "start", "end", "scheduled", "retroactive", "impact", "id"],
      },
    ]);
  });

  it("exits 2 on a usage error, saying what was expected", async () => {
    const format = await run(["check", "--format", "xml"]);
    expect(format.code).toBe(2);
    expect(format.stderr.split("\n")[0]).toBe(
      "statusmark: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json, github.",
    );
    expect(await run(["check", "--now", "soon"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "statusmark: Unexpected --now soon (not a date and time), expected a UTC time such as `05:23`, `2022-06-10 05:23` or `2022-06-10T07:23:00+02:00`\n",
    });
  });
});

describe("statusmark build", () => {
  it("takes its now from SOURCE_DATE_EPOCH, else from the clock", async () => {
    const epoch = await run(["build", "--out", "site"], { SOURCE_DATE_EPOCH: "1654948800" });
    expect(epoch).toEqual({
      code: 0,
      stdout:
        "incidents/2022-06-07-pulsar-instabilities.md:13:1: warning: Unexpected `EDIT:` without a time, expected `EDIT hh:mm UTC:`: the update is shown undated [update-time-missing]\n" +
        "0 errors, 1 warning in 1 file (10 files checked).\n" +
        `Built 9 incidents as of 2022-06-11T12:00:00Z into ${join(temp.cwd, "site")}\n` +
        "Preview it with `npm run serve` (or `statusmark serve`), or upload the folder to any static host.\n",
      stderr: "",
    });
    const clock = await run(["build", "--out", "site"]);
    expect(clock.stdout.split("\n")[2]).toBe(
      `Built 9 incidents as of 2022-06-11T15:30:00Z into ${join(temp.cwd, "site")} (18 files written, 80 unchanged, 0 removed)`,
    );
  });

  it("says, without a stack trace, when the output folder cannot be made", async () => {
    const result = await run([
      "build",
      "--out",
      "/etc/hostname/dist",
      "--now",
      "2022-06-11T12:00:00Z",
    ]);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "statusmark: Unexpected --out /etc/hostname/dist: /etc/hostname is a file, not a folder. Choose a folder of its own for the site: a build removes what it did not write there. Nothing was changed.\n",
    });
  });

  it("exits 1 and writes nothing when a file has an error", async () => {
    const result = await run(["build", "--incidents", "broken", "--out", "nothing"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "statusmark: Nothing was written: fix the errors above and build again.\n",
    );
    expect(result.stdout).toBe(
      "broken/2022-06-10-typo.md:4:1: error: Unexpected key `retroactve`, did you mean `retroactive`? [key-unknown]\n" +
        "broken/site.yml:1:1: error: Missing site.yml in the incidents folder: declare `title`, `url`, `components` and `zones` there [site-missing]\n" +
        "2 errors, 0 warnings in 2 files (1 file checked).\n",
    );
    expect(await readdir(temp.cwd)).not.toContain("nothing");
  });
});

describe("the writing commands", () => {
  it("print the path of the new file and exit 0", async () => {
    const project = await sampleCopy();
    try {
      const result = await statusmark(
        [
          "new",
          "--component",
          "Mails",
          "--title",
          "Mails are late",
          "--now",
          "2022-06-11T09:41:27Z",
        ],
        { cwd: project.cwd },
      );
      expect(result).toEqual({
        code: 0,
        stdout: "incidents/2022-06-11-mails-are-late.md\n",
        stderr: "",
      });
      expect(
        await readFile(join(project.cwd, "incidents/2022-06-11-mails-are-late.md"), "utf8"),
      ).toBe("---\ncomponent: Mails\nstart: 2022-06-11 09:41\n---\n# Mails are late\n");
    } finally {
      await project.remove();
    }
  });

  it("pass --status on to update and new as a label", async () => {
    const project = await sampleCopy();
    try {
      const now = ["--now", "2022-06-11T09:41:27Z"];
      const created = await statusmark(
        ["new", "--component", "Mails", "--title", "Mails are late", "--message", "Late.", ...now],
        { cwd: project.cwd },
      );
      expect(created.code).toBe(0);
      const updated = await statusmark(
        [
          "update",
          "2022-06-11-mails-are-late",
          "A queue is stuck.",
          "--status",
          "identified",
          ...now,
        ],
        { cwd: project.cwd },
      );
      expect(updated).toEqual({
        code: 0,
        stdout: "incidents/2022-06-11-mails-are-late.md\n",
        stderr: "",
      });
      expect(
        await readFile(join(project.cwd, "incidents/2022-06-11-mails-are-late.md"), "utf8"),
      ).toBe(
        "---\ncomponent: Mails\nstart: 2022-06-11 09:41\n---\n# Mails are late\n\nInvestigating: Late.\n\nEDIT 09:41 UTC: Identified: A queue is stuck.\n",
      );
    } finally {
      await project.remove();
    }
  });

  it("say what to do on stderr and exit 1 when nothing was written", async () => {
    expect(await run(["update", "2022-06-10-hypervisor-lots", "Back."])).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "statusmark: No incident `2022-06-10-hypervisor-lots` in incidents: did you mean `2022-06-10-hypervisor-lost`?\n",
    });
  });
});

describe("statusmark import", () => {
  it("refuses an import zone that is not a zone id before writing anything, exiting 2", async () => {
    expect(await run(["import", "statuspage", "saved", "--zone", "par"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "statusmark: Unexpected --zone `par`, expected capital letters and digits such as `PAR`\n",
    });
  });
});

describe("statusmark serve", () => {
  it("serves until interrupted, then closes the server and exits 0", async () => {
    const { io, printed } = testIo({ cwd: temp.cwd });
    const listening = new Promise<() => void>((resolve) => (io.onInterrupt = resolve));
    const args = ["serve", "--port", "0", "--now", "2022-06-11T12:00:00Z"];
    const exited = runStatusmark(["node", "statusmark", ...args], io);
    const interrupt = await listening;
    const url = /^Serving the site at (\S+) \(Ctrl-C to stop\); watching for changes\.$/m.exec(
      printed.stdout,
    )![1]!;
    expect((await fetch(url)).status).toBe(200);
    interrupt();
    expect(await exited).toBe(0);
    expect(printed).toEqual({
      stdout:
        "incidents/2022-06-07-pulsar-instabilities.md:13:1: warning: Unexpected `EDIT:` without a time, expected `EDIT hh:mm UTC:`: the update is shown undated [update-time-missing]\n" +
        "built 9 incidents as of 2022-06-11T12:00:00Z.\n" +
        `Serving the site at ${url} (Ctrl-C to stop); watching for changes.\n` +
        "Stopping.\n",
      stderr: "",
    });
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe("a bug in statusmark", () => {
  it("is said to be one, with its stack, and exits 3", async () => {
    const { io, printed } = testIo({ cwd: temp.cwd });
    io.stdout = {
      write: () => {
        throw new Error("stdout is gone");
      },
    };
    const code = await runStatusmark(
      ["node", "statusmark", "check", "--now", "2022-06-11T12:00:00Z"],
      io,
    );
    expect(code).toBe(3);
    expect(printed.stderr.split("\n").slice(0, 2)).toEqual([
      "statusmark: internal error, a bug in statusmark rather than in your files; please report it with this output:",
      "Error: stdout is gone",
    ]);
  });
});

describe("the statusmark command", () => {
  it("prints its version with --version and exits 0", async () => {
    const { version } = JSON.parse(
      await readFile(new URL("../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    expect(await run(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("suggests the command meant for a mistyped one, with a one-line hint instead of the help", async () => {
    expect(await run(["chek"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "statusmark: unknown command 'chek'\n(Did you mean check?)\nRun `statusmark --help` for usage and examples.\n",
    });
    expect(await run(["check", "--formt", "json"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "statusmark: unknown option '--formt'\n(Did you mean --format?)\nRun `statusmark check --help` for usage and examples.\n",
    });
  });
});
