// The `statusmark` command: each sub-command parses its arguments, calls one
// function of src/, prints, and sets the exit code. Nothing in src/ prints or
// exits, and only this entry point touches the process itself.
import { runStatusmark } from "./cli/program.ts";

// Output piped into a command that stops reading (`statusmark check | head`)
// ends the run quietly, as other command-line tools do, not with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });

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
