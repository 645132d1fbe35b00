import { Command } from "commander";
import type { InitResult } from "../../src/commands/init.ts";
import { formatLines } from "../../src/report/format.ts";
import type { CliIo } from "./io.ts";
import { EXIT, nowOption, nowOrUsage } from "./shared.ts";
import { packageVersion } from "./version.ts";

const collect = (value: string, previous: string[]) => [...previous, value];

interface InitFlags {
  title?: string;
  url?: string;
  component: string[];
  zone: string[];
  now?: string;
}

/** `statusmark init` */
export const initCommand = (io: CliIo) =>
  new Command("init")
    .description(
      "Start a status page: write a new repository with site.yml, an example incident, package.json, workflows and a README; asks in a terminal when given no flags.",
    )
    .argument("[dir]", "the new repository's folder", ".")
    .option("--title <text>", "the page's title")
    .option("--url <url>", "the address the page will be served from")
    .option("--component <name>", "a component incidents are about (repeatable)", collect, [])
    .option("--zone <id[=name]>", "a zone, as PAR or PAR=Paris (repeatable)", collect, [])
    .addOption(nowOption("the time the example incident is dated by, UTC"))
    .addHelpText(
      "after",
      `
Examples:
  statusmark init my-status
  statusmark init my-status --title "Acme status" --url https://status.acme.com/ \\
    --component API --component Dashboard --zone "EU=Europe"`,
    )
    .action(async (dir: string, options: InitFlags) => {
      const now = nowOrUsage(options.now, io);
      const { init, readZone } = await import("../../src/commands/init.ts");
      const { askSite } = await import("../../src/commands/init-prompts.ts");
      const { terminal } = io;
      const asks =
        terminal &&
        [options.title, options.url].every((v) => v === undefined) &&
        options.component.length === 0 &&
        options.zone.length === 0;
      const result = await init({
        cwd: io.cwd,
        dir,
        now,
        version: packageVersion(),
        input: asks
          ? () => askSite(terminal)
          : {
              title: options.title ?? "",
              url: options.url ?? "",
              components: options.component,
              zones: options.zone.map(readZone),
            },
      });
      printInit(io, dir, result);
    });

function printInit(io: CliIo, dir: string, result: InitResult): void {
  if (!result.ok) {
    if (result.diagnostics.length > 0) io.stderr.write(formatLines(result.diagnostics));
    io.stderr.write(`statusmark: ${result.message}\n`);
    for (const path of result.taken) io.stderr.write(`  ${path}\n`);
    io.exitCode = EXIT.problems;
    return;
  }
  const cd = dir === "." ? "" : `  cd ${/^[\w./-]+$/.test(dir) ? dir : JSON.stringify(dir)}\n`;
  io.stdout.write(
    result.files.map((path) => `${path}\n`).join("") +
      `\nYour status page is ready. Next:\n${cd}` +
      "  npm install       # installs statusmark; commit package-lock.json too\n" +
      "  npm run serve     # preview it, reloading as you edit\n" +
      `Delete the example, ${result.example}, before you publish, and post with \`npm run new\`.\n` +
      "README.md says how to post, check and deploy to GitHub Pages.\n",
  );
}
