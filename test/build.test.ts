import { spawn } from "node:child_process";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../src/commands/build.ts";
import { emptyFolder, sampleCopy, type TempProject } from "./support/sample-copy.ts";
import { utcDateTime } from "../src/model/time.ts";

const NOW = utcDateTime("2022-06-11T12:00:00Z");
let temp: TempProject;

beforeAll(async () => {
  temp = await sampleCopy();
});
afterAll(() => temp.remove());

async function files(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(
    await Promise.all(found.map(async (f) => [f.slice(dir.length), await readFile(f)] as const)),
  );
}

describe("statusmark build", () => {
  it("writes byte-identical output for the same files and the same now", async () => {
    const first = await build({ cwd: temp.cwd, incidents: "incidents", out: "one", now: NOW });
    const second = await build({ cwd: temp.cwd, incidents: "incidents", out: "two", now: NOW });
    expect(first.out).toBe(join(temp.cwd, "one"));
    const [a, b] = await Promise.all([files(first.out!), files(second.out!)]);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBeGreaterThan(18);
    for (const [path, content] of a) expect(content.equals(b.get(path)!), path).toBe(true);
  });

  it("writes the per-incident JSON and page", async () => {
    const result = await build({ cwd: temp.cwd, incidents: "incidents", out: "site", now: NOW });
    const json = JSON.parse(
      await readFile(
        join(result.out!, "api/v1/incidents/2022-06-07-addon-proxy-unreachable.json"),
        "utf8",
      ),
    );
    expect(json).toMatchObject({
      id: "2022-06-07-addon-proxy-unreachable",
      start: utcDateTime("2022-06-07T14:45:00Z"),
      end: utcDateTime("2022-06-07T14:48:00Z"),
      retroactive: true,
    });
    const page = await readFile(
      join(result.out!, "incidents/2022-06-07-addon-proxy-unreachable/index.html"),
      "utf8",
    );
    expect(page).toContain("An add-on reverse proxy was unreachable");
  });

  it("leaves the previous output untouched when a file has an error", async () => {
    const good = await build({ cwd: temp.cwd, incidents: "incidents", out: "kept", now: NOW });
    const before = await files(good.out!);
    const broken = join(temp.cwd, "incidents/2022-06-12-broken.md");
    await writeFile(broken, "---\ncomponent: Nowhere\nstart: 2022-06-12 10:00\n---\n# Broken\n");
    const result = await build({ cwd: temp.cwd, incidents: "incidents", out: "kept", now: NOW });
    await rm(broken);
    expect(result.out).toBeNull();
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toContain(
      "incidents/2022-06-12-broken.md:2:12 component-undeclared",
    );
    const after = await files(good.out!);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const leftovers = (await readdir(temp.cwd)).filter((name) => name.startsWith("."));
    expect(leftovers).toEqual([]);
  });
});

describe("the output folder", () => {
  it.each([
    [".", "it holds the working folder"],
    ["..", "it holds the working folder"],
    ["incidents", "it holds the incidents"],
    ["incidents/dist", "it is inside the incidents folder"],
    ["notes", "it is not empty and was not written by statusmark build"],
    ["notes/todo.txt", "it is a file, not a folder"],
  ])("is never written when it is %s: %s", async (out, reason) => {
    await mkdir(join(temp.cwd, "notes"), { recursive: true });
    await writeFile(join(temp.cwd, "notes/todo.txt"), "keep me");
    const result = await build({ cwd: temp.cwd, incidents: "incidents", out, now: NOW });
    expect(result.out).toBeNull();
    expect(result.writeError).toBe(
      `Unexpected --out ${join(temp.cwd, out)}: ${reason}. Choose a folder of its own for the site: a build removes what it did not write there.`,
    );
    expect(await readFile(join(temp.cwd, "notes/todo.txt"), "utf8")).toBe("keep me");
    expect((await readdir(join(temp.cwd, "incidents"))).length).toBe(10);
  });
});

describe("two builds of one folder", () => {
  it("never run at once: the second says which process writes the folder", async () => {
    const other = spawn("sleep", ["30"]);
    try {
      await writeFile(join(temp.cwd, ".locked.statusmark-lock"), `${other.pid}\n`);
      const result = await build({
        cwd: temp.cwd,
        incidents: "incidents",
        out: "locked",
        now: NOW,
      });
      expect(result.writeError).toBe(
        `Another build (process ${other.pid}) is writing ${join(temp.cwd, "locked")}: wait for it to finish, then build again.`,
      );
      await expect(readdir(join(temp.cwd, "locked"))).rejects.toThrow("ENOENT");
    } finally {
      other.kill();
    }
  });

  it("take over the lock of a build that was killed", async () => {
    await writeFile(join(temp.cwd, ".relocked.statusmark-lock"), "999999999\n");
    const result = await build({
      cwd: temp.cwd,
      incidents: "incidents",
      out: "relocked",
      now: NOW,
    });
    expect(result.out).toBe(join(temp.cwd, "relocked"));
    expect((await readdir(temp.cwd)).filter((name) => name.includes("relocked"))).toEqual([
      "relocked",
    ]);
  });
});

describe("untrusted incident text", () => {
  it("shows template syntax literally and never emits script or javascript: links", async () => {
    const dir = await emptyFolder();
    try {
      const fixtures = new URL("fixtures/rules/", import.meta.url).pathname;
      await cp(join(fixtures, "valid"), join(dir.cwd, "incidents"), { recursive: true });
      await cp(join(fixtures, "site.yml"), join(dir.cwd, "incidents/site.yml"));
      const result = await build({ cwd: dir.cwd, incidents: "incidents", out: "out", now: NOW });
      expect(result.diagnostics).toEqual([]);
      const json = JSON.parse(
        await readFile(
          join(dir.cwd, "out/api/v1/incidents/2022-06-10-hypervisor-lost.json"),
          "utf8",
        ),
      );
      expect(json.updates[0].html).toBe(
        "<p>An hypervisor has been lost. <code>{{ 7*7 }}</code> and {% raw %} stay as written; &#x3C;script>alert(1)&#x3C;/script> is shown as text.</p>",
      );
      expect(json.updates[1].html).toBe(
        "<p>The server had a <a>hardware failure</a>.</p>\n<ul>\n<li>add-ons</li>\n<li>logs</li>\n</ul>",
      );
      expect(json.updates[2]).toEqual({
        at: utcDateTime("2022-06-10T09:10:30Z"),
        // Bold words without a colon are text, not a status label.
        status: "resolved",
        status_derived: true,
        text: "**Resolved.**",
        html: "<p><strong>Resolved.</strong></p>",
      });
      const page = await readFile(
        join(dir.cwd, "out/incidents/2022-06-10-hypervisor-lost/index.html"),
        "utf8",
      );
      expect(page).toContain("{{ 7*7 }}");
      expect(page).toContain("{% raw %}");
      expect(page).not.toContain("<script>alert");
      expect(page).not.toContain("javascript:");
    } finally {
      await dir.remove();
    }
  });
});
