import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { build } from "../../src/commands/build.ts";
import { generateHistory, writeHistory } from "../support/generate-history.ts";
import { listFiles, page, tempFolder, texts } from "../support/built-site.ts";
import { heaviestPage, PAGE_BUDGET } from "../support/page-weight.ts";

const temp = await tempFolder("statusmark-gen-site-");
afterAll(() => temp.remove());

it("keeps every page of a 2,000-incident, 6-year history under 60 KB gzipped", async () => {
  const generated = generateHistory({ count: 2000, end: "2026-11-20T12:00:00Z", years: 6 });
  await writeHistory(join(temp.dir, "incidents"), generated);
  const result = await build({
    cwd: temp.dir,
    incidents: "incidents",
    out: "site",
    now: "2026-11-20T12:00:00Z",
  });
  const dir = result.out!;
  const files = await listFiles(dir);
  const months = files.filter((f) => /^history\/\d{4}\/\d{2}\/index\.html$/.test(f));
  expect(months.length).toBe(73);
  expect(files.filter((f) => /^incidents\/.*\/index\.html$/.test(f))).toHaveLength(
    generated.files.length,
  );
  const heaviest = await heaviestPage(dir);
  expect(heaviest.bytes, heaviest.file).toBeLessThan(PAGE_BUDGET);
  const oldest = await page(dir, months[0]!.replace("index.html", ""));
  expect(texts(oldest, "nav.months a")).toEqual(["December 2020 →", "December 2020 →"]);
});
