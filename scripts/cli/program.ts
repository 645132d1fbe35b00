import { Command } from "commander";
import { buildCommand } from "./build.ts";
import { checkCommand } from "./check.ts";
import { importCommand } from "./import.ts";
import { newCommand } from "./new.ts";
import { resolveCommand } from "./resolve.ts";
import { serveCommand } from "./serve.ts";
import { statusmarkOutput } from "./shared.ts";
import { updateCommand } from "./update.ts";

/** The whole `statusmark` command line, for the entry point and for tests that read it. */
export function createProgram(): Command {
  const program = new Command("statusmark")
    .description("Publish a service's status history from markdown incident files.")
    .showHelpAfterError()
    .configureOutput(statusmarkOutput)
    .exitOverride();

  for (const command of [
    checkCommand(),
    buildCommand(),
    newCommand(),
    updateCommand(),
    resolveCommand(),
    importCommand(),
    serveCommand(),
  ]) {
    // addCommand does not pass settings down: each sub-command gets its own.
    program.addCommand(
      command.showHelpAfterError().configureOutput(statusmarkOutput).exitOverride(),
    );
  }
  return program;
}
