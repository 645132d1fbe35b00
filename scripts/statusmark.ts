// The `statusmark` command: each sub-command parses its arguments, calls one
// function of src/, prints, and sets the exit code. Nothing in src/ prints or exits.
import { CommanderError } from "commander";
import { createProgram } from "./cli/program.ts";
import { EXIT } from "./cli/shared.ts";

try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.stderr.write(
      `statusmark: internal error, a bug in statusmark rather than in your files; please report it with this output:\n${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = EXIT.bug;
  }
}
