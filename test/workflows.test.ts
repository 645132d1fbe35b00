import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { createProgram } from "../scripts/cli/program.ts";
import { testIo } from "./support/cli.ts";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as {
  scripts: Record<string, string>;
};
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

function load(name: string): Workflow {
  const doc = parseDocument(readFileSync(`${root}.github/workflows/${name}`, "utf8"));
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

/** The statusmark command line a shell command runs, if any: `build --out dist`. */
function statusmarkArgs(command: string): string[] | null {
  const words = command.split(/\s+/);
  if (words[0] === "npm" && words[1] === "ci") return null;
  if (words[0] !== "npm" || words[1] !== "run") throw new Error(`unexpected command ${command}`);
  const script = pkg.scripts[words[2]!];
  if (script === undefined) throw new Error(`no npm script ${words[2]} for ${command}`);
  const target = script.split(/\s+/);
  if (target[0] !== "node" || target[1] !== "bin/statusmark.js") return null;
  const passed = words.slice(3);
  return [...target.slice(2), ...(passed[0] === "--" ? passed.slice(1) : passed)];
}

function expectCommandsExist(workflow: Workflow): void {
  for (const command of commands(workflow)) {
    const args = statusmarkArgs(command);
    if (args === null) continue;
    expect(COMMANDS, command).toContain(args[0]);
    for (const flag of args.filter((a) => a.startsWith("--")))
      expect(flagsOf(args[0]!), `${flag} in ${command}`).toContain(flag);
  }
}

describe("the pull-request workflow", () => {
  const workflow = load("check.yml");

  it("runs on pull_request only, never pull_request_target, with a read-only token", () => {
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    expect(readFileSync(`${root}.github/workflows/check.yml`, "utf8")).not.toContain(
      "pull_request_target",
    );
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(Object.values(workflow.jobs).map((j) => j.permissions)).toEqual([undefined]);
  });

  it("installs, checks with annotations and builds, with commands that exist", () => {
    expect(commands(workflow)).toEqual([
      "npm ci",
      "npm run check -- --format github",
      "npm run statusmark -- build --out dist",
    ]);
    expectCommandsExist(workflow);
  });
});

describe("the deploy workflow", () => {
  const workflow = load("deploy.yml");

  it("deploys pushes to main with the official Pages actions", () => {
    expect(workflow.on).toEqual({ push: { branches: ["main"] }, workflow_dispatch: null });
    const uses = Object.values(workflow.jobs)
      .flatMap((j) => j.steps.map((s) => s.uses))
      .filter(Boolean)
      .map((u) => u!.replace(/@.*/, ""));
    expect(uses).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "actions/configure-pages",
      "actions/upload-pages-artifact",
      "actions/deploy-pages",
    ]);
  });

  it("grants pages and id-token writes to the deploy job alone", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.build?.permissions).toBeUndefined();
    expect(workflow.jobs.deploy?.permissions).toEqual({ pages: "write", "id-token": "write" });
  });

  it("builds dist/ with commands that exist and uploads it", () => {
    expect(commands(workflow)).toEqual(["npm ci", "npm run statusmark -- build --out dist"]);
    expectCommandsExist(workflow);
    const upload = workflow.jobs.build?.steps.find((s) =>
      s.uses?.startsWith("actions/upload-pages-artifact"),
    ) as Step & { with?: { path?: string } };
    expect(upload.with?.path).toBe("dist");
  });
});
