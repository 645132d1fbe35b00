import type { CliIo } from "../../scripts/cli/io.ts";
import { runStatusmark } from "../../scripts/cli/program.ts";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** An io that collects what a command prints, in `cwd`, with no terminal and a fixed clock. */
export function testIo({
  cwd = "/nonexistent",
  env = {},
}: { cwd?: string; env?: CliIo["env"] } = {}) {
  const printed = { stdout: "", stderr: "" };
  const io: CliIo = {
    cwd,
    env,
    stdout: { write: (text: string) => (printed.stdout += text) },
    stderr: { write: (text: string) => (printed.stderr += text) },
    clock: () => new Date("2022-06-11T15:30:00Z"),
    onInterrupt: () => {},
    exitCode: 0,
  };
  return { io, printed };
}

/** Runs `statusmark …args` in-process, as the binary would in `cwd` with only `env` set. */
export async function statusmark(
  args: string[],
  options: { cwd: string; env?: CliIo["env"] },
): Promise<Run> {
  const { io, printed } = testIo(options);
  const code = await runStatusmark(["node", "statusmark", ...args], io);
  return { code, ...printed };
}
