// Runs several `statusmark` command lines one after the other in one Node
// process, for tests that need a process of their own (another user) but
// not one start-up per command: argv[2] is a JSON list of argument lists,
// and what each printed and its exit code come back as JSON on stdout.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
const { statusmark } = await import("./cli.ts");
const runs = [];
for (const args of JSON.parse(process.argv[2]))
  runs.push(await statusmark(args, { cwd: process.cwd() }));
process.stdout.write(JSON.stringify(runs));
