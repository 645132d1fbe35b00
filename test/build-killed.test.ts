import { execFile, spawn } from "node:child_process";
import { cp, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { build as buildSite } from "../src/commands/build.ts";
import { utcDateTime } from "../src/model/time.ts";
import { emptyFolder, type TempProject } from "./support/sample-copy.ts";
import { generateHistory, writeHistory } from "./support/generate-history.ts";

// The real binary, killed as a CI runner or an operator's Ctrl-\ would, at
// several moments of a build that changes most files of an existing site.
const bin = new URL("../bin/statusmark.js", import.meta.url).pathname;
const BEFORE = "2022-06-11T12:00:00Z";
const AFTER = "2022-06-12T12:00:00Z";
let temp: TempProject;

beforeAll(async () => {
  temp = await emptyFolder();
  await writeHistory(
    join(temp.cwd, "incidents"),
    generateHistory({ count: 120, end: BEFORE, years: 1 }),
  );
});
afterAll(() => temp.remove());

const build = (out: string, now: string, env: Record<string, string> = {}) =>
  promisify(execFile)("node", [bin, "build", "--out", out, "--now", now], {
    cwd: temp.cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: "", ...env },
  });

/** The same build, in this process. */
async function buildHere(out: string, now: string) {
  const result = await buildSite({
    cwd: temp.cwd,
    incidents: "incidents",
    out,
    now: utcDateTime(now),
  });
  if (result.out === null) throw new Error(`the build failed: ${result.writeError}`);
}

/** Every file under `dir` with its text, hidden ones included. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(
    await Promise.all(
      files.map(async (f) => [f.slice(dir.length + 1), await readFile(f, "utf8")] as const),
    ),
  );
}

it("leaves a whole site whenever a build is killed, and the next build repairs it", async () => {
  await buildHere("reference-before", BEFORE);
  const started = Date.now();
  await build("reference-after", AFTER);
  const took = Date.now() - started;
  const [before, after] = await Promise.all([
    snapshot(join(temp.cwd, "reference-before")),
    snapshot(join(temp.cwd, "reference-after")),
  ]);
  // Killed at moments spread over a build's length, however fast this machine is today.
  for (const delay of [0.5, 0.7, 0.85, 0.95].map((part) => Math.round(part * took))) {
    const out = `killed-${delay}`;
    await cp(join(temp.cwd, "reference-before"), join(temp.cwd, out), { recursive: true });
    const child = spawn("node", [bin, "build", "--out", out, "--now", AFTER], { cwd: temp.cwd });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    setTimeout(() => child.kill("SIGKILL"), delay);
    await exited;
    const seen = await snapshot(join(temp.cwd, out));
    const torn = [...seen].filter(
      ([path, text]) =>
        !path.includes(".statusmark-") && text !== before.get(path) && text !== after.get(path),
    );
    expect(
      torn.map(([path]) => path),
      `killed after ${delay} ms`,
    ).toEqual([]);
    const missing = [...before.keys()].filter((path) => after.has(path) && !seen.has(path));
    expect(missing, `killed after ${delay} ms`).toEqual([]);
    await buildHere(out, AFTER);
    expect(await snapshot(join(temp.cwd, out))).toEqual(after);
  }
  // The cache of checked files beside the incidents is kept on purpose; nothing else is.
  const leftovers = (await readdir(temp.cwd)).filter(
    (name) => name.startsWith(".") && name !== ".cache",
  );
  expect(leftovers).toEqual([]);
}, 240_000);

it("writes a site of hundreds of files with fewer file descriptors than that", async () => {
  // Node and tsx need most of these to load the modules; files are written one at a time.
  const { stdout } = await promisify(execFile)(
    "sh",
    ["-c", `ulimit -n 160 && exec node "${bin}" build --out low-ulimit --now ${BEFORE}`],
    { cwd: temp.cwd, env: { ...process.env, SOURCE_DATE_EPOCH: "" } },
  );
  expect(stdout).toContain(`into ${join(temp.cwd, "low-ulimit")}`);
  expect((await snapshot(join(temp.cwd, "low-ulimit"))).size).toBeGreaterThan(300);
}, 120_000);
