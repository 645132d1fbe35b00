import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { createProgram } from "../scripts/cli/program.ts";
import { packageJson } from "../src/scaffold/package-json.ts";
import { checkWorkflow, deployWorkflow, REBUILD_CRON } from "../src/scaffold/workflows.ts";
import { testIo } from "./support/cli.ts";

const root = new URL("..", import.meta.url).pathname;
type Scripts = Record<string, string>;
const program = createProgram(testIo().io);
const COMMANDS = program.commands.map((c) => c.name());
const flagsOf = (name: string) =>
  program.commands.find((c) => c.name() === name)?.options.map((o) => o.long) ?? [];

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

/** A repository's two workflows and the npm scripts they run. */
interface Repository {
  name: string;
  scripts: Scripts;
  text: (workflow: "check.yml" | "deploy.yml") => string;
  /** The command that builds the site into dist/. */
  build: string;
}

const REPOSITORIES: Repository[] = [
  {
    name: "this repository",
    scripts: (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { scripts: Scripts })
      .scripts,
    text: (workflow) => readFileSync(`${root}.github/workflows/${workflow}`, "utf8"),
    // `npm run build` builds the sample as of its own week; the site is built as of now.
    build: "npm run statusmark -- build --out dist",
  },
  {
    name: "a repository written by statusmark init",
    scripts: (JSON.parse(packageJson("my-status", "0.1.0")) as { scripts: Scripts }).scripts,
    text: (workflow) => (workflow === "check.yml" ? checkWorkflow() : deployWorkflow()),
    build: "npm run build -- --out dist",
  },
];

function load(text: string): Workflow {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  return doc.toJS() as Workflow;
}

/** Each shell command of a `run:` step, split on lines and `&&`. */
function commands(workflow: Workflow): string[] {
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps.map((s) => s.run ?? ""))
    .flatMap((run) => run.split(/\n|&&/))
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * The statusmark command line a shell command runs through an npm script, if
 * any: `build --out dist`. The script runs the binary from source
 * (`node bin/statusmark.js`) or as installed (`statusmark`).
 */
function statusmarkArgs(command: string, scripts: Scripts): string[] | null {
  const words = command.split(/\s+/);
  if (words[0] === "npm" && words[1] === "ci") return null;
  if (words[0] !== "npm" || words[1] !== "run") throw new Error(`unexpected command ${command}`);
  const script = scripts[words[2]!];
  if (script === undefined) throw new Error(`no npm script ${words[2]} for ${command}`);
  const target = script.split(/\s+/);
  const binary = target[0] === "node" && target[1] === "bin/statusmark.js" ? 2 : 1;
  if (binary === 1 && target[0] !== "statusmark") return null;
  const passed = words.slice(3);
  return [...target.slice(binary), ...(passed[0] === "--" ? passed.slice(1) : passed)];
}

function expectCommandsExist(workflow: Workflow, scripts: Scripts): void {
  for (const command of commands(workflow)) {
    const args = statusmarkArgs(command, scripts);
    if (args === null) continue;
    expect(COMMANDS, command).toContain(args[0]);
    for (const flag of args.filter((a) => a.startsWith("--")))
      expect(flagsOf(args[0]!), `${flag} in ${command}`).toContain(flag);
  }
}

describe.each(REPOSITORIES)("the pull-request workflow of $name", ({ scripts, text, build }) => {
  const workflow = load(text("check.yml"));

  it("runs on pull_request only, never pull_request_target, with a read-only token", () => {
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    expect(text("check.yml")).not.toContain("pull_request_target");
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(Object.values(workflow.jobs).map((j) => j.permissions)).toEqual([undefined]);
  });

  it("installs, checks with annotations and builds, with commands that exist", () => {
    expect(commands(workflow)).toEqual(["npm ci", "npm run check -- --format github", build]);
    expectCommandsExist(workflow, scripts);
  });
});

describe.each(REPOSITORIES)("the deploy workflow of $name", ({ scripts, text, build }) => {
  const workflow = load(text("deploy.yml"));

  it("deploys pushes to main and rebuilds every 10 minutes, with the official Pages actions", () => {
    expect(REBUILD_CRON).toBe("*/10 * * * *");
    expect(workflow.on).toEqual({
      push: { branches: ["main"] },
      schedule: [{ cron: REBUILD_CRON }],
      workflow_dispatch: null,
    });
    const uses = Object.values(workflow.jobs)
      .flatMap((j) => j.steps.map((s) => s.uses))
      .filter(Boolean)
      .map((u) => u!.replace(/@.*/, ""));
    expect(uses).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "actions/cache",
      "actions/configure-pages",
      "actions/upload-pages-artifact",
      "actions/deploy-pages",
    ]);
  });

  it("keeps Statusmark's cache and its signing key from one run on main to the next", () => {
    const cache = workflow.jobs.build?.steps.find((s) =>
      s.uses?.startsWith("actions/cache"),
    ) as Step & {
      with?: Record<string, string>;
    };
    expect(cache.with).toEqual({
      path: ".cache/statusmark\n~/.cache/statusmark\n",
      key: "statusmark-${{ github.run_id }}",
      "restore-keys": "statusmark-",
    });
  });

  it("grants pages and id-token writes to the deploy job alone", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.build?.permissions).toBeUndefined();
    expect(workflow.jobs.deploy?.permissions).toEqual({ pages: "write", "id-token": "write" });
  });

  it("builds dist/ with commands that exist and uploads it", () => {
    expect(commands(workflow)).toEqual(["npm ci", build]);
    expectCommandsExist(workflow, scripts);
    const upload = workflow.jobs.build?.steps.find((s) =>
      s.uses?.startsWith("actions/upload-pages-artifact"),
    ) as Step & { with?: { path?: string } };
    expect(upload.with?.path).toBe("dist");
  });
});

describe("the workflows statusmark init writes", () => {
  it("are this repository's but for the command that builds the site", () => {
    for (const name of ["check.yml", "deploy.yml"] as const) {
      const [ours, theirs] = REPOSITORIES.map((r) => r.text(name));
      expect(theirs).toBe(ours!.replaceAll(REPOSITORIES[0]!.build, REPOSITORIES[1]!.build));
    }
  });

  it("run the installed statusmark through npm scripts, never one fetched by npx", () => {
    const scripts = REPOSITORIES[1]!.scripts;
    expect(Object.values(scripts).every((s) => s.startsWith("statusmark "))).toBe(true);
    expect(checkWorkflow() + deployWorkflow()).not.toContain("npx");
  });
});
