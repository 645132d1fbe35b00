import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheFolderOf, openCheckCache, type CacheScope } from "../../src/cache/check-cache.ts";
import { check } from "../../src/commands/check.ts";
import { checkIncidentFiles } from "../../src/commands/check-files.ts";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { utcDateTime } from "../../src/model/time.ts";
import type { UtcDateTime } from "../../src/model/types.ts";
import { parseSite } from "../../src/parse/site.ts";
import { checkIncidentFile } from "../../src/validate/incident-file.ts";
import { resultHoldsWhile } from "../../src/validate/now-bounds.ts";
import { generateHistory } from "../support/generate-history.ts";
import { sampleCopy, SAMPLE_PROJECT, type TempProject } from "../support/sample-copy.ts";

const NOW = utcDateTime("2022-06-11T12:00:00Z");
const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const sampleSite = parseSite(
  readFileSync(join(SAMPLE_PROJECT, "incidents/site.yml"), "utf8"),
  new Reporter("site.yml"),
);

let project: TempProject;
beforeEach(async () => {
  project = await sampleCopy();
});
afterEach(() => project.remove());

const folder = () => join(project.cwd, "incidents");
const checkSample = (cacheKey: Buffer | null) =>
  check({ cwd: project.cwd, incidents: "incidents", now: NOW, cacheKey });
const cacheFile = () => join(cacheFolderOf(folder()), "check-incidents.bin");

describe("the cache of checked files", () => {
  it("lives in .cache/statusmark/ beside the incidents folder and gives back what checking gives", async () => {
    const key = randomBytes(32);
    const cold = await checkSample(null);
    const first = await checkSample(key);
    const second = await checkSample(key);
    expect(readdirSync(join(project.cwd, ".cache", "statusmark"))).toEqual(["check-incidents.bin"]);
    expect([first.fromCache, second.fromCache]).toEqual([0, 9]);
    expect(second.history).toEqual(cold.history);
    expect(second.diagnostics).toEqual(cold.diagnostics);
  });

  it("checks again a file whose bytes changed, and only that one", async () => {
    const key = randomBytes(32);
    await checkSample(key);
    const path = join(folder(), "2022-06-08-hypervisor-down.md");
    await writeFile(path, (await readFile(path, "utf8")).replace("impact: major", "impact: minr"));
    const after = await checkSample(key);
    expect(after.fromCache).toBe(8);
    // The warning of a file taken from the cache is kept with it.
    expect(after.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      "incidents/2022-06-07-pulsar-instabilities.md:13 update-time-missing",
      "incidents/2022-06-08-hypervisor-down.md:5 value-enum",
    ]);
  });

  it("ignores a cache signed with another key, as one committed in a pull request would be", async () => {
    await checkSample(randomBytes(32));
    expect((await checkSample(randomBytes(32))).fromCache).toBe(0);
  });

  it("ignores a cache that is cut short or is not one, and replaces it", async () => {
    const key = randomBytes(32);
    await checkSample(key);
    const whole = await readFile(cacheFile());
    await writeFile(cacheFile(), whole.subarray(0, whole.length / 2));
    expect((await checkSample(key)).fromCache).toBe(0);
    await writeFile(cacheFile(), "not a cache");
    expect((await checkSample(key)).fromCache).toBe(0);
    expect((await checkSample(key)).fromCache).toBe(9);
  });

  it("drops every entry when Statusmark's version or the site's settings change", async () => {
    const key = randomBytes(32);
    const scope: CacheScope = { folder: folder(), code: "0.1.0 a1", site: sampleSite, key };
    const file = { path: "incidents/2022-06-10-hypervisor-lost.md", text: sampleText() };
    const result = checkIncidentFile(file, sampleSite, NOW);
    const older = openCheckCache(scope);
    older.set(file, NOW, result);
    older.save();
    expect(openCheckCache(scope).get(file, NOW)).toEqual(result);
    expect(openCheckCache({ ...scope, code: "0.2.0 b7" }).get(file, NOW)).toBeUndefined();
    const renamed = { ...sampleSite!, title: "Another Cloud" };
    expect(openCheckCache({ ...scope, site: renamed }).get(file, NOW)).toBeUndefined();
  });

  it("is left alone by a check of some files, which is sooner done without it", async () => {
    const key = randomBytes(32);
    await checkSample(key);
    const before = await readFile(cacheFile());
    const some = await check({
      cwd: project.cwd,
      incidents: "incidents",
      paths: ["incidents/2022-06-10-hypervisor-lost.md"],
      now: NOW,
      cacheKey: key,
    });
    expect(some.fromCache).toBe(0);
    expect(await readFile(cacheFile())).toEqual(before);
    expect((await checkSample(key)).fromCache).toBe(9);
  });
});

describe("when a file's result holds", () => {
  const site = parseSite(
    readFileSync(join(fixtures, "rules/site.yml"), "utf8"),
    new Reporter("site.yml"),
  );
  const files = [
    ...["rules/valid", "sample/incidents"].flatMap((dir) =>
      readdirSync(join(fixtures, dir))
        .filter((name) => name.endsWith(".md"))
        .map((name) => ({
          path: `${dir}/${name}`,
          text: readFileSync(join(fixtures, dir, name), "utf8"),
        })),
    ),
  ];
  const at = (now: string) => utcDateTime(now);

  it.each(files.map((file) => [file.path, file] as const))(
    "%s gives the same result at every now of its span",
    (_, file) => {
      const siteOf = file.path.startsWith("sample/") ? sampleSite : site;
      const result = checkIncidentFile(file, siteOf, NOW);
      const span = resultHoldsWhile(result, NOW);
      expect(span, "a valid, ended incident holds over a span").not.toBeNull();
      const last = new Date(Date.parse(span!.until) - 1000).toISOString().replace(".000", "");
      for (const now of [span!.from, last as UtcDateTime])
        expect(checkIncidentFile(file, siteOf, now), now).toEqual(result);
    },
  );

  it("spans from the file's last time to 30 years after its first", () => {
    const file = { path: "incidents/2022-06-10-hypervisor-lost.md", text: sampleText() };
    const result = checkIncidentFile(file, sampleSite, NOW);
    expect(resultHoldsWhile(result, NOW)).toEqual({
      from: "2022-06-10T09:10:00Z",
      until: "2052-06-10T05:23:00Z",
    });
  });

  it("ends when a maintenance ahead starts, before its end makes its last post the completed one", () => {
    const file = {
      path: "incidents/2022-06-13-mail-upgrade.md",
      text: "---\ncomponent: Mails\nscheduled: 2022-06-10 09:00\nstart: 2022-06-13 22:00\nend: 2022-06-13 23:00\n---\n# Mail servers upgrade\n\nMails may be delayed.\n",
    };
    const result = checkIncidentFile(file, sampleSite, NOW);
    expect(resultHoldsWhile(result, NOW)).toEqual({
      from: "2022-06-10T09:00:00Z",
      until: "2022-06-13T22:00:00Z",
    });
    const ended = checkIncidentFile(file, sampleSite, at("2022-06-13T23:00:00Z"));
    expect([result, ended].map((r) => r.incident!.updates.at(-1)!.status)).toEqual([
      "scheduled",
      "completed",
    ]);
  });

  it("is never for an ongoing incident or a file with an error", () => {
    const ongoing = {
      path: "incidents/2022-06-11-slow.md",
      text: "---\ncomponent: Mails\nstart: 2022-06-11 10:00\n---\n# Slow\n\nSlow.\n",
    };
    const wrong = {
      path: "incidents/2022-06-11-wrong.md",
      text: "---\ncomponent: Mails\nstart: 2022-06-11 10:00\nend: 2022-06-11 09:00\n---\n# Wrong\n\nWrong.\n",
    };
    expect(resultHoldsWhile(checkIncidentFile(ongoing, sampleSite, NOW), NOW)).toBeNull();
    expect(resultHoldsWhile(checkIncidentFile(wrong, sampleSite, NOW), NOW)).toBeNull();
  });
});

describe("checking many files", () => {
  it("gives on worker threads exactly what checking one file after another gives", async () => {
    const history = generateHistory({
      count: 450,
      end: "2022-06-11T12:00:00Z",
      years: 2,
      bodyBytes: 300,
    });
    const site = parseSite(history.site, new Reporter("site.yml"));
    const files = history.files.map(({ name, text }) => ({ path: `incidents/${name}`, text }));
    const parallel = await checkIncidentFiles(files, site, NOW, null, 3);
    expect(parallel).toEqual(files.map((file) => checkIncidentFile(file, site, NOW)));
  });
});

function sampleText(): string {
  return readFileSync(join(SAMPLE_PROJECT, "incidents/2022-06-10-hypervisor-lost.md"), "utf8");
}
