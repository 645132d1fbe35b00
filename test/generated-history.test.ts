import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../src/commands/build.ts";
import { emitApi } from "./support/api.ts";
import type { History } from "../src/model/types.ts";
import type { OutputFile } from "../src/write/output-file.ts";
import { utcDateTime } from "../src/model/time.ts";
import { parsed, validateFiles } from "./support/api.ts";
import { brokenLinks, listFiles, page, texts } from "./support/built-site.ts";
import { generateHistory, writeHistory } from "./support/generate-history.ts";
import { heaviestPage, PAGE_BUDGET } from "./support/page-weight.ts";
import { emptyFolder } from "./support/sample-copy.ts";

// One generated history, checked and built once: generating, checking and
// rendering 2,000 incidents is the slowest work of the suite.
const NOW = utcDateTime("2026-11-20T12:00:00Z");
const generated = generateHistory({ count: 2000, end: NOW, years: 6 });
const temp = await emptyFolder();
let built: BuildResult;
let history: History;
let api: OutputFile[];

beforeAll(async () => {
  await writeHistory(join(temp.cwd, "incidents"), generated);
  built = await build({ cwd: temp.cwd, incidents: "incidents", out: "site", now: NOW });
  history = built.history!;
  api = emitApi(history);
});
afterAll(() => temp.remove());

describe("a generated history of 2,000 incidents over 6 years", () => {
  it("passes check without an error", () => {
    expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(history.incidents).toHaveLength(generated.files.length);
    expect(generated.files.length).toBeGreaterThan(1990);
    expect(history.months.length).toBeGreaterThanOrEqual(72);
  });

  it("builds every page under 60 KB gzipped, every link resolving", async () => {
    const dir = built.out!;
    const files = await listFiles(dir);
    const months = files.filter((f) => /^history\/\d{4}\/\d{2}\/index\.html$/.test(f));
    expect(months.length).toBe(73);
    expect(files.filter((f) => /^incidents\/.*\/index\.html$/.test(f))).toHaveLength(
      generated.files.length,
    );
    const heaviest = await heaviestPage(dir);
    expect(heaviest.bytes, heaviest.file).toBeLessThan(PAGE_BUDGET);
    expect(await brokenLinks(dir, files)).toEqual([]);
    const oldest = await page(dir, months[0]!.replace("index.html", ""));
    expect(texts(oldest, "nav.months a")).toEqual(["December 2020 →", "December 2020 →"]);
  });

  it("validates every file of its API against its schema", () => {
    expect(history.incidents).toHaveLength(2000);
    expect(validateFiles(api)).toEqual([]);
  });

  it("writes an API file per incident and per month, and keeps the v2 lists to the latest 50", () => {
    const count = (prefix: string) => api.filter((f) => f.path.startsWith(prefix)).length;
    expect(count("api/v1/incidents/") - count("api/v1/incidents/pages/")).toBe(2000);
    // 2,000 summaries of about 570 bytes: incidents.json and 7 more files of at most 128 KiB.
    expect(count("api/v1/incidents/pages/")).toBe(7);
    expect(count("api/v1/history/")).toBe(history.months.length);
    expect(history.months.length).toBe(73);
    expect(count("api/v1/schemas/")).toBe(8);
    expect(count("api/v2/")).toBe(8);
    // status, incidents, history, components, zones and uptime; the v2 files; _headers.
    expect(api).toHaveLength(2000 + 7 + 73 + 8 + 6 + 8 + 1);
    const v2 = parsed(api, "api/v2/incidents.json") as { incidents: { id: string }[] };
    expect(v2.incidents).toHaveLength(50);
    expect(new Set(v2.incidents.map((i) => i.id)).size).toBe(50);
  });

  it("emits the same API bytes twice", () => {
    expect(emitApi(history)).toEqual(api);
  });
});
