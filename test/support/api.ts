import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsPlugin from "ajv-formats";
import { check } from "../../src/commands/check.ts";
import { emitApi as emitLazily } from "../../src/emit/api.ts";
import type { OutputFile } from "../../src/write/output-file.ts";
import { V2_SCHEMAS } from "../../src/statuspage/schema.ts";
import type { History } from "../../src/model/types.ts";
import { generateHistory, writeHistory } from "./generate-history.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { sampleHistoryAsOf } from "./sample-as-of.ts";

// ajv-formats is CommonJS; its default export is the plugin itself or under `default`.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin })
  .default ?? addFormatsPlugin) as typeof addFormatsPlugin;

/** Every file of the API with its content, as the writer writes it (it renders lazy ones when needed). */
export function emitApi(history: History): OutputFile[] {
  return emitLazily(history).map((file) =>
    "render" in file ? { path: file.path, content: file.render() } : file,
  );
}

/** The sample history as published at `now`: what had been posted by then. */
export async function sampleHistory(now = utcDateTime("2022-06-11T12:00:00Z")): Promise<History> {
  return sampleHistoryAsOf(now);
}

/** A generated history of 2,000 incidents over 6 years, read through `check` from a memory-backed folder. */
export async function generatedHistory(
  now = utcDateTime("2026-11-20T12:00:00Z"),
): Promise<History> {
  const base = await mkdtemp(
    join(process.platform === "linux" ? "/dev/shm" : tmpdir(), "statusmark-api-"),
  );
  try {
    await writeHistory(
      join(base, "incidents"),
      generateHistory({ count: 2000, end: now, years: 6 }),
    );
    const result = await check({ cwd: base, incidents: "incidents", now });
    if (!result.history) throw new Error("the generated history does not pass check");
    return result.history;
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

export interface SchemaProblem {
  path: string;
  errors: string[];
}

/**
 * Validates every JSON file of a build with Ajv (draft 2020-12, formats on):
 * a native file against the emitted schema its `$schema` names, a Statuspage
 * file against the declared v2 schema. Returns the files that fail and files
 * that name no known schema.
 */
export function validateFiles(files: readonly OutputFile[]): SchemaProblem[] {
  const json = files.filter((f) => f.path.endsWith(".json"));
  const ajv = validatorFor(json.filter((f) => f.path.startsWith("api/v1/schemas/")));
  const problems: SchemaProblem[] = [];
  for (const file of json) {
    if (file.path.startsWith("api/v1/schemas/")) continue;
    const data: unknown = JSON.parse(file.content);
    const validate = file.path.startsWith("api/v2/")
      ? ajv.getSchema(`v2:${file.path.slice("api/v2/".length)}`)
      : ajv.getSchema(String((data as { $schema?: unknown }).$schema));
    if (!validate) {
      problems.push({ path: file.path, errors: ["no schema"] });
      continue;
    }
    if (!validate(data))
      problems.push({
        path: file.path,
        errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
      });
  }
  return problems;
}

const validators = new Map<string, Ajv2020>();

/** One Ajv per set of emitted schemas, compiled once: the emitted v1 schemas and the declared v2 ones. */
function validatorFor(schemaFiles: readonly OutputFile[]): Ajv2020 {
  const key = schemaFiles.map((f) => f.content).join("\n");
  let ajv = validators.get(key);
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    for (const file of schemaFiles) ajv.addSchema(JSON.parse(file.content) as object);
    for (const [path, schema] of Object.entries(V2_SCHEMAS))
      ajv.addSchema(plain(schema), `v2:${path}`);
    validators.set(key, ajv);
  }
  return ajv;
}

/** A declared schema as plain JSON, as a client would load it. */
export function plain(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema)) as object;
}

/** The parsed JSON of one emitted file. */
export function parsed(files: readonly OutputFile[], path: string): unknown {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path}`);
  return JSON.parse(file.content);
}
