import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeOutput, type FileSystem } from "../../src/write/output.ts";
import type { OutputFile } from "../../src/write/output-file.ts";
import { emptyFolder, type TempProject } from "../support/sample-copy.ts";

let temp: TempProject;
afterEach(() => temp.remove());

const OLD: OutputFile[] = [
  { path: "index.html", content: "<a href=incidents/a/>a</a> <a href=incidents/gone/>gone</a>" },
  { path: "incidents/a/index.html", content: "a" },
  { path: "incidents/gone/index.html", content: "gone" },
  { path: "api/v1/status.json", content: "{}" },
];
const NEW: OutputFile[] = [
  { path: "index.html", content: "<a href=incidents/a/>a</a> <a href=incidents/b/>b</a>" },
  { path: "incidents/a/index.html", content: "a" },
  { path: "incidents/b/index.html", content: "b" },
  { path: "api/v1/status.json", content: '{"indicator":"none"}' },
];

/** The files under a folder and their contents, hidden ones included. */
function contents(dir: string): Record<string, string> {
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  return Object.fromEntries(
    files.map((f) => [f.slice(dir.length + 1), fs.readFileSync(f, "utf8")]),
  );
}

const asRecord = (files: readonly OutputFile[]) =>
  Object.fromEntries(files.map((f) => [f.path, f.content]));

/** The real file system, stopping for good after `budget` calls that change the disk. */
function stoppingAfter(budget: number): FileSystem {
  let left = budget;
  const change =
    <A extends unknown[], R>(call: (...args: A) => R) =>
    (...args: A): R => {
      if (left-- <= 0) throw new Error("stopped");
      return call(...args);
    };
  return {
    ...fs,
    mkdirSync: change(fs.mkdirSync) as typeof fs.mkdirSync,
    renameSync: change(fs.renameSync),
    rmSync: change(fs.rmSync),
    writeFileSync: change(fs.writeFileSync),
  };
}

describe("the output folder", () => {
  it("is filled beside its place and renamed into it on the first build", async () => {
    temp = await emptyFolder();
    const out = join(temp.cwd, "dist");
    expect(writeOutput(out, OLD)).toMatchObject({ written: 4, unchanged: 0, removed: 0 });
    expect(contents(out)).toEqual(asRecord(OLD));
    expect(fs.readdirSync(temp.cwd)).toEqual(["dist"]);
  });

  it("gets only what changed on a later build, and loses what is gone", async () => {
    temp = await emptyFolder();
    const out = join(temp.cwd, "dist");
    writeOutput(out, OLD);
    const kept = fs.statSync(join(out, "incidents/a/index.html"));
    expect(writeOutput(out, NEW)).toMatchObject({ written: 3, unchanged: 1, removed: 1 });
    expect(contents(out)).toEqual(asRecord(NEW));
    expect(fs.existsSync(join(out, "incidents/gone"))).toBe(false);
    const after = fs.statSync(join(out, "incidents/a/index.html"));
    expect([after.ino, after.mtimeMs]).toEqual([kept.ino, kept.mtimeMs]);
  });

  it("renders a page again only when the manifest of the last build lacks its key or its file changed", async () => {
    temp = await emptyFolder();
    const out = join(temp.cwd, "dist");
    const rendered: string[] = [];
    const lazy = (path: string, key: string, content: string) => ({
      path,
      key,
      render: () => (rendered.push(path), content),
    });
    const first = writeOutput(out, [lazy("a.html", "k1", "a"), lazy("b.html", "k1", "b")]);
    expect(rendered).toEqual(["a.html", "b.html"]);
    rendered.length = 0;
    fs.writeFileSync(join(out, "b.html"), "edited by hand");
    const second = writeOutput(
      out,
      [lazy("a.html", "k1", "a"), lazy("b.html", "k1", "b"), lazy("c.html", "k1", "c")],
      fs,
      first.manifest,
    );
    expect(rendered).toEqual(["b.html", "c.html"]);
    expect(second).toMatchObject({ written: 2, unchanged: 1, removed: 0 });
    rendered.length = 0;
    writeOutput(out, [lazy("a.html", "k2", "a2"), lazy("b.html", "k1", "b")], fs, second.manifest);
    expect(rendered).toEqual(["a.html"]);
    expect(contents(out)).toEqual({ "a.html": "a2", "b.html": "b" });
  });

  it("holds a whole site at every step of a build that is stopped, and the next build finishes the job", async () => {
    temp = await emptyFolder();
    const complete = (files: Record<string, string>) =>
      Object.entries(files).every(
        ([path, text]) =>
          path.includes(".statusmark-") ||
          text === asRecord(OLD)[path] ||
          text === asRecord(NEW)[path],
      );
    let steps = 0;
    for (let stopped = true; stopped; steps++) {
      const out = join(temp.cwd, `dist-${steps}`);
      writeOutput(out, OLD);
      try {
        writeOutput(out, NEW, stoppingAfter(steps));
        stopped = false;
      } catch (error) {
        expect((error as Error).message).toBe("stopped");
      }
      const seen = contents(out);
      expect(complete(seen), `stopped after ${steps} changes`).toBe(true);
      // Every page the home page links to is there.
      for (const link of seen["index.html"]!.matchAll(/href=([^>]+)>/g))
        expect(seen[`${link[1]}index.html`], `stopped after ${steps} changes`).toBeDefined();
      writeOutput(out, NEW);
      expect(contents(out)).toEqual(asRecord(NEW));
    }
    // Three files written (a folder, the file beside, the rename), then a file and its
    // emptied folder removed: stopped before each of those 11 steps, then not stopped.
    expect(steps).toBe(12);
  });

  it("removes the hidden folder of a first build that was killed, and keeps one still being filled", async () => {
    temp = await emptyFolder();
    const other = spawn("sleep", ["30"]);
    try {
      const dead = join(temp.cwd, ".dist.statusmark-new-999999999");
      const alive = join(temp.cwd, `.dist.statusmark-new-${other.pid}`);
      fs.mkdirSync(join(dead, "incidents"), { recursive: true });
      fs.mkdirSync(alive);
      writeOutput(join(temp.cwd, "dist"), OLD);
      expect(fs.readdirSync(temp.cwd).sort()).toEqual([
        `.dist.statusmark-new-${other.pid}`,
        "dist",
      ]);
    } finally {
      other.kill();
    }
  });
});
