import { beforeAll, expect, it } from "vitest";
import { emitApi } from "../../src/emit/api.ts";
import type { OutputFile } from "../../src/write/output-file.ts";
import type { History } from "../../src/model/types.ts";
import { generatedHistory, parsed, validateFiles } from "../support/api.ts";

let history: History;
let files: OutputFile[];
beforeAll(async () => {
  history = await generatedHistory();
  files = emitApi(history);
}, 30_000);

it("validates every file of a 2,000-incident history against its schema", () => {
  expect(history.incidents).toHaveLength(2000);
  expect(validateFiles(files)).toEqual([]);
});

it("writes a file per incident and per month, and keeps the v2 lists to the latest 50", () => {
  const count = (prefix: string) => files.filter((f) => f.path.startsWith(prefix)).length;
  expect(count("api/v1/incidents/")).toBe(2000);
  expect(count("api/v1/history/")).toBe(history.months.length);
  expect(history.months.length).toBe(73);
  expect(count("api/v1/schemas/")).toBe(7);
  expect(count("api/v2/")).toBe(8);
  // status, incidents, history, components and zones; the v2 files; _headers.
  expect(files).toHaveLength(2000 + 73 + 7 + 5 + 8 + 1);
  const v2 = parsed(files, "api/v2/incidents.json") as { incidents: { id: string }[] };
  expect(v2.incidents).toHaveLength(50);
  expect(new Set(v2.incidents.map((i) => i.id)).size).toBe(50);
});

it("emits the same bytes twice", () => {
  expect(emitApi(history)).toEqual(files);
});
