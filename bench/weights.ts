// `npx tsx bench/weights.ts`: builds a generated history in-process and prints
// its heaviest page (gzipped HTML plus the CSS and JS it links) and its largest
// JSON file, the figures the README's page budget and docs/api.md's bound are
// about. The history is generated once into WEIGHTS_DIR (kept, so a 50,000-incident
// history is generated only once) and built into WEIGHTS_DIR/site.
//
//   WEIGHTS_DIR=/dev/shm/weights-50k WEIGHTS_COUNT=50000 WEIGHTS_YEARS=15 WEIGHTS_BODY=2048
//   WEIGHTS_DIR=/dev/shm/weights-month WEIGHTS_COUNT=600 WEIGHTS_YEARS=0.082 WEIGHTS_BODY=2048
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "../src/commands/build.ts";
import { utcDateTime } from "../src/model/time.ts";
import { generateHistory, writeHistory } from "../test/support/generate-history.ts";
import { heaviestPage } from "../test/support/page-weight.ts";

const NOW = utcDateTime("2026-11-20T12:00:00Z");
// Generated histories end before now, so no update is dated after it.
const END = "2026-10-31T12:00:00Z";
const dir = process.env.WEIGHTS_DIR ?? "/dev/shm/statusmark-weights";
const count = Number(process.env.WEIGHTS_COUNT ?? 600);
const years = Number(process.env.WEIGHTS_YEARS ?? 0.082);
const bodyBytes = Number(process.env.WEIGHTS_BODY ?? 2048);

if (!existsSync(join(dir, "incidents", "site.yml"))) {
  const generated = generateHistory({ count, end: END, years, bodyBytes });
  await writeHistory(join(dir, "incidents"), generated);
  console.log(`Generated ${generated.files.length} incidents in ${dir}/incidents`);
}
const started = Date.now();
const result = await build({ cwd: dir, incidents: "incidents", out: "site", now: NOW });
if (!result.out) throw new Error(`the build failed: ${result.writeError ?? "see check"}`);
console.log(`Built ${result.pages} incidents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const page = await heaviestPage(result.out);
console.log(`Heaviest page: ${page.file}, ${page.bytes} bytes gzipped with its assets`);
let json = { file: "", bytes: 0 };
for (const entry of readdirSync(join(result.out, "api"), {
  recursive: true,
  withFileTypes: true,
})) {
  if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
  const file = join(entry.parentPath, entry.name);
  const bytes = statSync(file).size;
  if (bytes > json.bytes) json = { file: file.slice(result.out.length + 1), bytes };
}
console.log(`Largest JSON file: ${json.file}, ${json.bytes} bytes`);
