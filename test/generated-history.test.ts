import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { check } from "../src/commands/check.ts";
import { generateHistory, writeHistory } from "./support/generate-history.ts";
import { emptyFolder } from "./support/sample-copy.ts";
import { utcDateTime } from "../src/model/time.ts";

const temp = await emptyFolder();
const base = temp.cwd;
afterAll(() => temp.remove());

it("checks a generated history of 2,000 incidents over 6 years without an error", async () => {
  const generated = generateHistory({
    count: 2000,
    end: utcDateTime("2026-11-20T12:00:00Z"),
    years: 6,
  });
  await writeHistory(join(base, "incidents"), generated);
  const result = await check({
    cwd: base,
    incidents: "incidents",
    now: utcDateTime("2026-11-20T12:00:00Z"),
  });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.history!.incidents).toHaveLength(generated.files.length);
  expect(generated.files.length).toBeGreaterThan(1990);
  expect(result.history!.months.length).toBeGreaterThanOrEqual(72);
}, 30_000);
