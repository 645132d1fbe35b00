import { Command, CommanderError } from "commander";
import { buildCommand } from "./build.ts";
import { checkCommand } from "./check.ts";
import { importCommand } from "./import.ts";
import { initCommand } from "./init.ts";
import type { CliIo } from "./io.ts";
import { newCommand } from "./new.ts";
import { resolveCommand } from "./resolve.ts";
import { serveCommand } from "./serve.ts";
import { EXIT, outputTo, usageHint, UsageError } from "./shared.ts";
import { updateCommand } from "./update.ts";
import { packageVersion } from "./version.ts";

/** The whole `statusmark` command line, reading and writing through `io`. */
export function createProgram(io: CliIo): Command {
  const program = new Command("statusmark")
    .description("Publish a service's status history from markdown incident files.")
    .version(packageVersion(), "-V, --version", "print the version")
    .showHelpAfterError(usageHint("statusmark"))
    .configureOutput(outputTo(io))
    .exitOverride();

  for (const command of [
    checkCommand(io),
    buildCommand(io),
    newCommand(io),
    updateCommand(io),
    resolveCommand(io),
    importCommand(io),
    serveCommand(io),
    initCommand(io),
  ]) {
    // addCommand does not pass settings down: each sub-command gets its own.
    program.addCommand(
      command
        .showHelpAfterError(usageHint(`statusmark ${command.name()}`))
        .configureOutput(outputTo(io))
        .exitOverride(),
    );
  }
  return program;
}

/**
 * Runs `statusmark` with `argv` (as in process.argv) and returns its exit
 * code: a usage error is 2, and an exception is our bug, 3, said as one.
 */
export async function runStatusmark(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await createProgram(io).parseAsync(argv);
    return io.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr.write(`statusmark: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(
      `statusmark: internal error, a bug in statusmark rather than in your files; please report it with this output:\n${(error as Error).stack ?? String(error)}\n`,
    );
    return EXIT.bug;
  }
}
