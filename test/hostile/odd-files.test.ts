import { execFile, execFileSync } from "node:child_process";
import { mkdir, symlink, truncate, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { check } from "../../src/commands/check.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { formatLines } from "../../src/report/format.ts";
import { emptyFolder, type TempProject } from "../support/sample-copy.ts";

// What a pull request can put in the incidents folder besides files: links
// to anything on the machine that builds the site, pipes, folders named
// like files. Each is refused with what it is, and nothing blocks or crashes.
const SITE = "title: T\nurl: https://status.example.com/\ncomponents:\n  - name: Mails\n";
const INCIDENT =
  "---\ncomponent: Mails\nstart: 2022-06-10 05:23\nend: 2022-06-10 06:00\n---\n# T\n";
const NOW = utcDateTime("2022-06-20T00:00:00Z");
let temp: TempProject;
let outside: TempProject;

beforeEach(async () => {
  temp = await emptyFolder();
  outside = await emptyFolder();
  await mkdir(join(temp.cwd, "incidents"));
  await writeFile(join(temp.cwd, "incidents/site.yml"), SITE);
  await writeFile(join(outside.cwd, "secret.md"), INCIDENT.replace("# T", "# Secret"));
});
afterEach(async () => {
  await temp.remove();
  await outside.remove();
});

const at = (path: string) => join(temp.cwd, "incidents", path);

async function checked(paths?: string[]) {
  const result = await check({
    cwd: temp.cwd,
    incidents: "incidents",
    now: NOW,
    ...(paths ? { paths } : {}),
  });
  return {
    text: formatLines(result.diagnostics),
    ids: result.history?.incidents.map((i) => i.id) ?? null,
    filesChecked: result.filesChecked,
  };
}

describe("a symbolic link", () => {
  it("to a file outside the incidents folder is refused, naming the link and its target", async () => {
    const secret = join(outside.cwd, "secret.md");
    await symlink(secret, at("2022-06-10-leak.md"));
    await symlink(join(outside.cwd, "site.yml"), at("2022-06-11-gone.md"));
    const { text, ids } = await checked();
    expect(text).toBe(
      `incidents/2022-06-10-leak.md:1:1: error: Unexpected symbolic link to \`${secret}\`, outside the incidents folder, expected a file inside it: copy the file here instead [file-symlink]\n` +
        `incidents/2022-06-11-gone.md:1:1: error: Unexpected symbolic link to \`${join(outside.cwd, "site.yml")}\`, which does not exist, expected a file: remove the link [file-symlink]\n`,
    );
    expect(ids).toBeNull();
  });

  it("to a file inside the incidents folder is read, under the link's name", async () => {
    await mkdir(at("_drafts"));
    await writeFile(at("_drafts/ready.md"), INCIDENT);
    await symlink("_drafts/ready.md", at("2022-06-10-ready.md"));
    expect(await checked()).toEqual({ text: "", ids: ["2022-06-10-ready"], filesChecked: 2 });
  });

  it("to a folder is refused, inside the folder or not", async () => {
    await mkdir(at("archive"));
    await symlink("archive", at("old"));
    await symlink(outside.cwd, at("more"));
    const { text } = await checked();
    const refusal = (link: string, target: string) =>
      `incidents/${link}:1:1: error: Unexpected symbolic link to \`${target}\`, a folder, expected a file: links to folders are not followed, remove the link or put the folder itself here [file-symlink]\n`;
    expect(text).toBe(refusal("more", outside.cwd) + refusal("old", "archive"));
  });

  it("named site.yml and pointing outside is refused, not published", async () => {
    await writeFile(join(outside.cwd, "site.yml"), SITE.replace("T", "Someone else's"));
    execFileSync("rm", [at("site.yml")]);
    await symlink(join(outside.cwd, "site.yml"), at("site.yml"));
    const { text } = await checked();
    expect(text).toBe(
      `incidents/site.yml:1:1: error: Unexpected symbolic link to \`${join(outside.cwd, "site.yml")}\`, outside the incidents folder, expected a file inside it: copy the file here instead [file-symlink]\n`,
    );
  });

  it("given as PATH, or a file reached through a linked folder, is refused the same way", async () => {
    await symlink(outside.cwd, at("linked"));
    await symlink(join(outside.cwd, "secret.md"), at("2022-06-10-leak.md"));
    const { text } = await checked(["incidents/2022-06-10-leak.md", "incidents/linked/secret.md"]);
    expect(text).toBe(
      `incidents/2022-06-10-leak.md:1:1: error: Unexpected symbolic link to \`${join(outside.cwd, "secret.md")}\`, outside the incidents folder, expected a file inside it: copy the file here instead [file-symlink]\n` +
        `incidents/linked/secret.md:1:1: error: Unexpected symbolic link to \`${join(outside.cwd, "secret.md")}\`, outside the incidents folder, expected a file inside it: copy the file here instead [file-symlink]\n`,
    );
  });
});

describe("what is not a regular file", () => {
  it("is refused with what it is: a named pipe in the folder or as PATH, /dev/null", async () => {
    execFileSync("mkfifo", [at("2022-06-10-pipe.md")]);
    const { text } = await checked();
    expect(text).toBe(
      "incidents/2022-06-10-pipe.md:1:1: error: Cannot read this file: it is a named pipe (FIFO), expected a file [file-unreadable]\n",
    );
    const given = await checked(["incidents/2022-06-10-pipe.md", "/dev/null"]);
    expect(given.text.split("\n")).toContain(
      "incidents/2022-06-10-pipe.md:1:1: error: Cannot read this file: it is a named pipe (FIFO), expected an incident file or a folder [file-unreadable]",
    );
    expect(given.text).toContain(
      ":1:1: error: Cannot read this file: it is a character device, expected an incident file or a folder [file-unreadable]\n",
    );
  });

  it("named site.yml is reported as what it is, not as missing, and never waited on", async () => {
    execFileSync("rm", [at("site.yml")]);
    execFileSync("mkfifo", [at("site.yml")]);
    expect((await checked()).text).toBe(
      "incidents/site.yml:1:1: error: Cannot read this file: it is a named pipe (FIFO), expected a file [file-unreadable]\n",
    );
    execFileSync("rm", [at("site.yml")]);
    await mkdir(at("site.yml"));
    expect((await checked()).text).toBe(
      "incidents/site.yml:1:1: error: Cannot read this file: it is a folder, expected a file [file-unreadable]\n",
    );
  });

  it("as the incidents folder is one error, without site-missing", async () => {
    const result = await check({ cwd: temp.cwd, incidents: "nowhere", now: NOW });
    expect(formatLines(result.diagnostics)).toBe(
      "nowhere:1:1: error: Cannot read this folder: there is no such file or folder [file-unreadable]\n",
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    "includes a subfolder that cannot be listed, reported as a folder",
    async () => {
      await mkdir(at("locked"), { mode: 0 });
      await writeFile(at("2022-06-10-ok.md"), INCIDENT);
      expect((await checked()).text).toBe(
        "incidents/locked:1:1: error: Cannot read this folder: permission denied [file-unreadable]\n",
      );
    },
  );
});

describe("a file over the size limit", () => {
  it("is refused from its size, without being read", async () => {
    await writeFile(at("2022-06-10-huge.md"), "");
    await truncate(at("2022-06-10-huge.md"), 2 ** 40);
    expect((await checked()).text).toBe(
      "incidents/2022-06-10-huge.md:1:1: error: Unexpected file of 1,099,511,627,776 bytes, expected at most 65,536 (64 KB): shorten it, or link to a longer report [file-too-large]\n",
    );
  });

  it("is refused for site.yml over 128 KB", async () => {
    await truncate(at("site.yml"), 200_000);
    expect((await checked()).text).toBe(
      "incidents/site.yml:1:1: error: Unexpected site.yml of 200,000 bytes, expected at most 131,072 (128 KB): shorten the descriptions [file-too-large]\n",
    );
  });
});

describe("a file named like an incident without `.md`", () => {
  it("is not read, and a warning says to rename it", async () => {
    await writeFile(at("2022-06-10-loud.MD"), INCIDENT);
    await writeFile(at("2022-06-11-long.markdown"), INCIDENT);
    await writeFile(at("notes.txt"), "not an incident");
    expect(await checked()).toEqual({
      text:
        "incidents/2022-06-10-loud.MD:1:1: warning: Unexpected file extension, expected `.md`: this file is not read, rename it to `2022-06-10-loud.md` to publish it [file-extension]\n" +
        "incidents/2022-06-11-long.markdown:1:1: warning: Unexpected file extension, expected `.md`: this file is not read, rename it to `2022-06-11-long.md` to publish it [file-extension]\n",
      ids: [],
      filesChecked: 1,
    });
  });
});

describe("statusmark check", () => {
  const bin = new URL("../../bin/statusmark.js", import.meta.url).pathname;

  it("exits 1 with diagnostics, not 3 with a stack trace, on /dev/null and a pipe named site.yml", async () => {
    execFileSync("rm", [at("site.yml")]);
    execFileSync("mkfifo", [at("site.yml")]);
    const run = promisify(execFile)(
      "node",
      [bin, "check", "/dev/null", "--incidents", "incidents", "--now", "2022-06-20T00:00:00Z"],
      { cwd: temp.cwd, timeout: 60_000, env: { ...process.env, GITHUB_ACTIONS: "" } },
    );
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: "",
      stdout:
        `${relative(temp.cwd, "/dev/null")}:1:1: error: Cannot read this file: it is a character device, expected an incident file or a folder [file-unreadable]\n` +
        "incidents/site.yml:1:1: error: Cannot read this file: it is a named pipe (FIFO), expected a file [file-unreadable]\n" +
        "2 errors, 0 warnings in 2 files (0 files checked).\n",
    });
  });
});
