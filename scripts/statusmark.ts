// The `statusmark` command: each sub-command parses its arguments, calls one
// function of src/, prints, and sets the exit code. Nothing in src/ prints or
// exits, and only this entry point touches the process itself.
import { runStatusmark } from "./cli/program.ts";

const terminal = process.stdin.isTTY && process.stdout.isTTY;
process.exitCode = await runStatusmark(process.argv, {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  clock: () => new Date(),
  ...(terminal ? { terminal: { input: process.stdin, output: process.stdout } } : {}),
  onInterrupt: (stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  exitCode: 0,
});
