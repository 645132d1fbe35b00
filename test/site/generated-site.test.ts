import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { build } from "../../src/commands/build.ts";
import { generateHistory, writeHistory } from "../support/generate-history.ts";
import { listFiles, page, texts } from "../support/built-site.ts";
import { emptyFolder } from "../support/sample-copy.ts";
import { heaviestPage, PAGE_BUDGET } from "../support/page-weight.ts";
import { utcDateTime } from "../../src/model/time.ts";

const temp = await emptyFolder();
afterAll(() => temp.remove());

it("keeps every page of a 2,000-incident, 6-year history under 60 KB gzipped, every link resolving", async () => {
  const generated = generateHistory({
    count: 2000,
    end: utcDateTime("2026-11-20T12:00:00Z"),
    years: 6,
  });
  await writeHistory(join(temp.cwd, "incidents"), generated);
  const result = await build({
    cwd: temp.cwd,
    incidents: "incidents",
    out: "site",
    now: utcDateTime("2026-11-20T12:00:00Z"),
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
  expect(await brokenLinks(dir, files)).toEqual([]);
  const oldest = await page(dir, months[0]!.replace("index.html", ""));
  expect(texts(oldest, "nav.months a")).toEqual(["December 2020 →", "December 2020 →"]);
});

/** Every relative `href` or `src` of every page that names no file of the site. */
async function brokenLinks(dir: string, files: string[]): Promise<string[]> {
  const present = new Set(files);
  const broken: string[] = [];
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const html = await readFile(join(dir, file), "utf8");
    for (const [, url = ""] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
      const path = url.split("#")[0]!;
      if (path === "" || /^[a-z]+:/.test(path)) continue;
      // Resolved as a browser would, with the site at the host's root (404.html links from it).
      const target = new URL(path, `http://site/${file}`).pathname.slice(1);
      if (!present.has(target === "" || target.endsWith("/") ? `${target}index.html` : target))
        broken.push(`${file} → ${url}`);
    }
  }
  return broken;
}
