import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStatusmark } from "../scripts/cli/program.ts";
import { statusmark, testIo } from "./support/cli.ts";
import { SAMPLE_PROJECT, sampleCopy, type TempProject } from "./support/sample-copy.ts";

// Every command, run from a working folder of its own with `--incidents`,
// `--out` and PATH arguments written relative to it or absolute: each reads
// and writes the folders named, and leaves the working folder empty.
const SAVED = new URL("fixtures/statuspage-import/incidents.json", import.meta.url).pathname;
const NOW = ["--now", "2022-06-11T12:00:00Z"];
const ID = "2022-06-11-mails-are-late";

describe.each(["relative", "absolute"] as const)("every command with %s paths", (form) => {
  let root: string;
  let cwd: string;
  /** A path under the temporary folder, as given on the command line. */
  const given = (path: string) =>
    form === "absolute" ? join(root, path) : relative(cwd, join(root, path));
  const incidents = () => given("project/incidents");
  const shown = (path: string) => relative(cwd, join(root, path));
  const run = (...args: string[]) => statusmark([...args, ...NOW], { cwd });

  beforeAll(async () => {
    root = await mkdtemp("/dev/shm/statusmark-paths-");
    cwd = join(root, "elsewhere");
    await mkdir(cwd);
    await cp(join(SAMPLE_PROJECT, "incidents"), join(root, "project/incidents"), {
      recursive: true,
    });
    await cp(SAVED, join(root, "saved/incidents.json"));
  });
  afterAll(async () => {
    expect(await readdir(cwd)).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });

  it("check reads the incidents folder given", async () => {
    const result = await run("check", "--incidents", incidents());
    expect([result.code, result.stdout.split("\n").at(-2)]).toEqual([
      0,
      "0 errors, 1 warning in 1 file (10 files checked).",
    ]);
  });

  it("check PATH reads the file against the site.yml of its own folder", async () => {
    const result = await run("check", given("project/incidents/2022-06-10-hypervisor-lost.md"));
    expect(result).toEqual({ code: 0, stdout: "No problems: 2 files checked.\n", stderr: "" });
  });

  it("build writes into --out", async () => {
    const result = await run("build", "--incidents", incidents(), "--out", given("site"));
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").at(-3)).toBe(
      `Built 9 incidents as of 2022-06-11T12:00:00Z into ${join(root, "site")}`,
    );
    expect(await readdir(join(root, "site/api/v1"))).toContain("status.json");
  });

  it("new writes into the incidents folder given", async () => {
    const result = await run(
      ...["new", "--incidents", incidents(), "--component", "Mails", "--title", "Mails are late"],
    );
    expect(result).toEqual({
      code: 0,
      stdout: `${shown(`project/incidents/${ID}.md`)}\n`,
      stderr: "",
    });
    expect(await readFile(join(root, `project/incidents/${ID}.md`), "utf8")).toContain(
      "start: 2022-06-11 12:00\n",
    );
  });

  it("update and resolve edit the file in the incidents folder given", async () => {
    expect(await run("update", ID, "Delivered again.", "--incidents", incidents())).toEqual({
      code: 0,
      stdout: `${shown(`project/incidents/${ID}.md`)}\n`,
      stderr: "",
    });
    expect((await run("resolve", ID, "--incidents", incidents())).code).toBe(0);
    expect(await readFile(join(root, `project/incidents/${ID}.md`), "utf8")).toMatch(
      /^end: 2022-06-11 12:00$[\s\S]*^EDIT 12:00 UTC: Delivered again\.$/m,
    );
  });

  it("import reads PATH and writes into the incidents folder given, never over a file there", async () => {
    const args = [
      "import",
      "statuspage",
      given("saved/incidents.json"),
      "--incidents",
      incidents(),
    ];
    const first = await run(...args);
    expect([first.code, first.stdout.split("\n").at(-2)]).toEqual([
      0,
      "3 incident files written. Check them with `statusmark check`.",
    ]);
    expect(await readdir(join(root, "project/incidents"))).toContain(
      "2022-06-09-elevated-api-error-rates.md",
    );
    const second = await run(...args);
    expect(second.stdout.split("\n").at(-2)).toBe(
      "0 incident files written. Check them with `statusmark check`.",
    );
  });

  it("serve builds and watches the incidents folder given", async () => {
    const { io, printed } = testIo({ cwd });
    const listening = new Promise<() => void>((resolve) => (io.onInterrupt = resolve));
    const args = ["serve", "--port", "0", "--incidents", incidents(), ...NOW];
    const exited = runStatusmark(["node", "statusmark", ...args], io);
    const interrupt = await listening;
    const path = join(root, "project/incidents", `${ID}.md`);
    await writeFile(path, (await readFile(path, "utf8")).replace("Mails are late", "Mails late"));
    await expect.poll(() => printed.stdout, { timeout: 10_000 }).toMatch(/changed: built/);
    interrupt();
    expect(await exited).toBe(0);
    expect(printed.stdout).toContain(
      `${shown(`project/incidents/${ID}.md`)} changed: built 13 incidents as of 2022-06-11T12:00:00Z.\n`,
    );
  });
});

describe("check DIR", () => {
  let temp: TempProject;
  beforeAll(async () => {
    temp = await sampleCopy();
    await mkdir(join(temp.cwd, "billing/2022"), { recursive: true });
    await writeFile(
      join(temp.cwd, "billing/site.yml"),
      "title: Billing status\nurl: https://billing.example.com/\ncomponents:\n  - Invoices\n",
    );
    await writeFile(
      join(temp.cwd, "billing/2022/2022-06-10-invoices-late.md"),
      "---\ncomponent: Invoices\nstart: 2022-06-10 08:00\nend: 2022-06-10 09:00\n---\n# Invoices are late\n",
    );
  });
  afterAll(() => temp.remove());

  it("checks a folder's files against the nearest site.yml at or above them", async () => {
    const run = (...paths: string[]) => statusmark(["check", ...paths, ...NOW], { cwd: temp.cwd });
    expect(await run("billing")).toEqual({
      code: 0,
      stdout: "No problems: 2 files checked.\n",
      stderr: "",
    });
    expect(await run("billing/2022/2022-06-10-invoices-late.md")).toEqual({
      code: 0,
      stdout: "No problems: 2 files checked.\n",
      stderr: "",
    });
  });

  it("checks files of two folders each against its own site.yml", async () => {
    const result = await statusmark(
      ["check", "billing", "incidents/2022-06-10-hypervisor-lost.md", ...NOW],
      { cwd: temp.cwd },
    );
    expect(result).toEqual({ code: 0, stdout: "No problems: 4 files checked.\n", stderr: "" });
  });

  it("reports a component declared only in another folder's site.yml", async () => {
    await cp(
      join(temp.cwd, "billing/2022/2022-06-10-invoices-late.md"),
      join(temp.cwd, "incidents/2022-06-10-invoices-late.md"),
    );
    const result = await statusmark(["check", "incidents/2022-06-10-invoices-late.md", ...NOW], {
      cwd: temp.cwd,
    });
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toMatch(
      /^incidents\/2022-06-10-invoices-late\.md:2:12: error: Unexpected component `Invoices`/,
    );
  });
});
