import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyFolder, type TempProject } from "../support/sample-copy.ts";

// The package as a user gets it: `npm pack` (which compiles, prepack), the
// tarball installed into an empty folder with its dependencies from the
// registry and none of its dev dependencies, then a status repository
// started with `init` and run with the npm scripts it writes.
const repository = new URL("../..", import.meta.url).pathname;
const { version } = JSON.parse(await readFile(join(repository, "package.json"), "utf8")) as {
  version: string;
};
let temp: TempProject;
let tarball: string;
let packed: string[];
let app: string;
let site: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a user's shell: none of the npm variables of the run that started the test. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_|INIT_CWD$|GITHUB_ACTIONS$|SOURCE_DATE_EPOCH$)/i.test(key),
  ),
);

async function run(cwd: string, command: string, args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as Run & { code: number | string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const install = (cwd: string) =>
  run(cwd, "npm", ["install", "--no-audit", "--no-fund", "--omit=dev", tarball]);

beforeAll(async () => {
  temp = await emptyFolder();
  const pack = await run(repository, "npm", [
    "pack",
    "--json",
    "--silent",
    "--pack-destination",
    temp.cwd,
  ]);
  expect(pack.code, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("["))) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(temp.cwd, info!.filename);
  packed = info!.files.map((f) => f.path);
  app = join(temp.cwd, "app");
  await mkdir(app);
  const installed = await install(app);
  expect(installed.code, installed.stderr).toBe(0);
  site = join(app, "status");
});
afterAll(() => temp?.remove());

describe("the packed tarball", () => {
  it("holds the binary, the compiled JavaScript with its types, the assets and the docs, and no source or test", () => {
    expect(packed).toContain("bin/statusmark.js");
    expect(packed).toContain("lib/scripts/statusmark.js");
    expect(packed).toContain("lib/src/index.js");
    expect(packed).toContain("lib/src/index.d.ts");
    expect(packed).toContain("lib/templates/assets/style.css");
    expect(packed).toContain("lib/templates/assets/local-time.js");
    expect(packed).toContain("docs/format.md");
    expect(packed).toContain("README.md");
    expect(packed.filter((p) => /\.tsx?$/.test(p) && !p.endsWith(".d.ts"))).toEqual([]);
    expect(packed.filter((p) => /(^|\/)test\/|\.test\.|build-worker|serve\/tsx/.test(p))).toEqual(
      [],
    );
  });

  it("installs without tsx, TypeScript or any other dev dependency", async () => {
    const modules = await readdir(join(app, "node_modules"));
    expect(modules).toContain("statusmark");
    expect(modules.filter((m) => ["tsx", "typescript", "vitest", "esbuild"].includes(m))).toEqual(
      [],
    );
  });
});

describe("statusmark installed from the tarball", () => {
  it("prints its version through npx", async () => {
    expect(await run(app, "npx", ["statusmark", "--version"])).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: "",
    });
  });

  it("starts a status repository with init, and refuses to write over one", async () => {
    const flags = [
      "--title",
      "Acme status",
      "--url",
      "https://status.acme.test/",
      "--component",
      "API",
      "--zone",
      "EU=Europe",
      "--now",
      "2026-11-30T12:00:00Z",
    ];
    const example = "status/incidents/2026-11-30-example-incident-delete-this-file.md";
    expect(await run(app, "npx", ["statusmark", "init", "status", ...flags])).toEqual({
      code: 0,
      stdout:
        "status/incidents/site.yml\n" +
        `${example}\n` +
        "status/package.json\nstatus/.gitignore\nstatus/.github/workflows/check.yml\n" +
        "status/.github/workflows/deploy.yml\nstatus/README.md\n\n" +
        "Your status page is ready. Next:\n  cd status\n" +
        "  npm install       # installs statusmark; commit package-lock.json too\n" +
        "  npm run serve     # preview it, reloading as you edit\n" +
        `Delete the example, ${example}, before you publish, and post with \`npm run new\`.\n` +
        "README.md says how to post, check and deploy to GitHub Pages.\n",
      stderr: "",
    });
    const pkg = JSON.parse(await readFile(join(site, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies).toEqual({ statusmark: `^${version}` });
    expect(await run(app, "npx", ["statusmark", "init", "status", ...flags])).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "statusmark: Nothing was written: these files are already there, and init never overwrites one. Choose a new folder, as in `statusmark init my-status`\n" +
        ["site.yml", "2026-11-30-example-incident-delete-this-file.md"]
          .map((f) => `  status/incidents/${f}\n`)
          .join("") +
        ["package.json", ".gitignore", ".github/workflows/check.yml"]
          .concat([".github/workflows/deploy.yml", "README.md"])
          .map((f) => `  status/${f}\n`)
          .join(""),
    });
  });

  it("posts, checks and builds with the npm scripts init wrote", async () => {
    const installed = await install(site);
    expect(installed.code, installed.stderr).toBe(0);
    const now = ["--now", "2026-11-30T12:30:00Z"];
    expect(
      await run(site, "npm", [
        "run",
        "--silent",
        "new",
        "--",
        "--component",
        "API",
        "--zone",
        "EU",
        "--title",
        "The API is slow",
        "--message",
        "Requests take seconds.",
        ...now,
      ]),
    ).toEqual({ code: 0, stdout: "incidents/2026-11-30-the-api-is-slow.md\n", stderr: "" });
    expect(await run(site, "npm", ["run", "--silent", "check", "--", ...now])).toEqual({
      code: 0,
      stdout: "No problems: 3 files checked.\n",
      stderr: "",
    });
    expect(
      await run(site, "npm", ["run", "--silent", "build", "--", "--out", "dist", ...now]),
    ).toEqual({
      code: 0,
      stdout:
        `Built 2 incidents as of 2026-11-30T12:30:00Z into ${join(site, "dist")}\n` +
        "Preview it with `npm run serve` (or `statusmark serve`), or upload the folder to any static host.\n",
      stderr: "",
    });
    const status = JSON.parse(await readFile(join(site, "dist/api/v1/status.json"), "utf8")) as {
      ongoing_incidents: { id: string }[];
    };
    expect(status.ongoing_incidents.map((i) => i.id)).toEqual(["2026-11-30-the-api-is-slow"]);
    const home = await readFile(join(site, "dist/index.html"), "utf8");
    expect(home).toContain("<title>Current status · Acme status</title>");
    expect(existsSync(join(site, "dist/incidents/2026-11-30-the-api-is-slow/index.html"))).toBe(
      true,
    );
  });

  it("serves the site with the compiled templates until interrupted", async () => {
    const child = spawn(
      "node",
      ["node_modules/.bin/statusmark", "serve", "--port", "0", "--now", "2026-11-30T12:30:00Z"],
      { cwd: site, env },
    );
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const listening = /^Serving the site at (\S+) /m.exec(stdout);
        if (listening) resolve(listening[1]!);
      });
      child.once("exit", () => reject(new Error(`serve exited early: ${stdout}${stderr}`)));
    });
    const home = await fetch(url);
    expect([home.status, (await home.text()).includes("Acme status")]).toEqual([200, true]);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect({ stdout, stderr }).toEqual({
      stdout:
        "built 2 incidents as of 2026-11-30T12:30:00Z.\n" +
        `Serving the site at ${url} (Ctrl-C to stop); watching for changes.\n` +
        "Stopping.\n",
      stderr: "",
    });
  });

  it("offers the documented programmatic API, with its types", async () => {
    const script = [
      'import { check, formatText, resolveNow } from "statusmark";',
      'const now = resolveNow("2026-11-30T12:30:00Z", undefined, new Date());',
      "if (!now.ok) throw new Error(now.message);",
      'const result = await check({ cwd: "status", incidents: "incidents", now: now.now });',
      "process.stdout.write(formatText(result.diagnostics, result.filesChecked));",
    ].join("\n");
    await writeFile(join(app, "api.mts"), script);
    await writeFile(join(app, "api.mjs"), script);
    expect(await run(app, "node", ["api.mjs"])).toEqual({
      code: 0,
      stdout: "No problems: 3 files checked.\n",
      stderr: "",
    });
    const tsc = join(repository, "node_modules/typescript/bin/tsc");
    const types = join(repository, "node_modules/@types");
    expect(
      await run(app, "node", [
        tsc,
        "--noEmit",
        "--strict",
        "--skipLibCheck",
        "--module",
        "nodenext",
        "--target",
        "es2023",
        "--typeRoots",
        types,
        "--types",
        "node",
        "api.mts",
      ]),
    ).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
