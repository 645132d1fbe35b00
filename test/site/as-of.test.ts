import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/commands/check.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { formatText } from "../../src/report/format.ts";
import { asOf } from "../support/sample-as-of.ts";
import { buildSample, page, texts } from "../support/built-site.ts";
import { emptyFolder, SAMPLE_PROJECT, type TempProject } from "../support/sample-copy.ts";

const DURING = utcDateTime("2022-06-10T06:30:00Z");
const ID = "2022-06-10-hypervisor-lost";

describe("a build as of a moment", () => {
  it("refuses files that tell of later posts, naming each at its line", async () => {
    const result = await check({ cwd: SAMPLE_PROJECT, incidents: "incidents", now: DURING });
    expect(result.history).toBeNull();
    expect(formatText(result.diagnostics, result.filesChecked)).toBe(
      [
        "incidents/2022-06-07-pulsar-instabilities.md:13:1: warning: Unexpected `EDIT:` without a time, expected `EDIT hh:mm UTC:`: the update is shown undated [update-time-missing]",
        "incidents/2022-06-10-hypervisor-lost.md:6:6: error: Unexpected `end` in the future: 09:10 UTC is 2 h 40 min after now, 06:30 UTC: times in incident files are UTC, so convert a local time; leave `end` out until the incident is over [end-after-now]",
        "incidents/2022-06-10-hypervisor-lost.md:17:6: error: Unexpected update in the future: 06:52 UTC is 22 min after now, 06:30 UTC: times in incident files are UTC, so convert a local time; date an update when it was posted [update-after-now]",
        "incidents/2022-06-10-hypervisor-lost.md:19:6: error: Unexpected update in the future: 07:46 UTC is 1 h 16 min after now, 06:30 UTC: times in incident files are UTC, so convert a local time; date an update when it was posted [update-after-now]",
        "incidents/2022-06-10-hypervisor-lost.md:21:6: error: Unexpected update in the future: 07:57 UTC is 1 h 27 min after now, 06:30 UTC: times in incident files are UTC, so convert a local time; date an update when it was posted [update-after-now]",
        "incidents/2022-06-10-hypervisor-lost.md:23:6: error: Unexpected update in the future: 09:10 UTC is 2 h 40 min after now, 06:30 UTC: times in incident files are UTC, so convert a local time; date an update when it was posted [update-after-now]",
        "5 errors, 1 warning in 2 files (10 files checked).",
        "",
      ].join("\n"),
    );
  });

  it("keeps a maintenance's window ahead of now, and drops its updates posted later", async () => {
    const path = "incidents/2022-06-07-unique-ip-maintenance.md";
    const text = await readFile(join(SAMPLE_PROJECT, path), "utf8");
    expect(asOf(path, text, utcDateTime("2022-06-02T08:00:00Z"))).toBe(
      text.slice(0, text.indexOf("EDIT 20:05")).replace(/\n+$/, "\n"),
    );
    expect(asOf(path, text, utcDateTime("2022-05-17T08:59:00Z"))).toBeNull();
  });
});

describe("the sample built as of 06:30 UTC on 10 June 2022, with what was posted by then", () => {
  let temp: TempProject;
  let out: string;
  beforeAll(async () => {
    temp = await emptyFolder();
    out = await buildSample(join(temp.cwd, "site"), DURING);
  });
  afterAll(() => temp.remove());

  const POSTED = ["2022-06-10T05:23:00Z", "2022-06-10T06:04:00Z", "2022-06-10T06:23:00Z"];

  it("shows the same updates on the incident page, in the feeds and in both APIs", async () => {
    const read = (path: string) => readFile(join(out, path), "utf8");
    const incidentPage = texts(await page(out, `incidents/${ID}/`), ".timeline .at");
    const atom = await read("feed.atom");
    const entry = atom.slice(atom.indexOf(`incidents/${ID}/</id>`));
    const feedTimes = [...entry.slice(0, entry.indexOf("</entry>")).matchAll(/<strong>([^<]+)/g)];
    const v1 = JSON.parse(await read(`api/v1/incidents/${ID}.json`)) as {
      updates: { at: string }[];
    };
    const v2 = JSON.parse(await read("api/v2/incidents.json")) as {
      incidents: { shortlink: string; incident_updates: { created_at: string }[] }[];
    };
    const v2Updates = v2.incidents.find((i) => i.shortlink.endsWith(`/${ID}/`))!.incident_updates;

    // Newest first on the page; oldest first in the feed.
    expect(incidentPage).toEqual([
      "Identified · 06:23 UTC",
      "Identified · 06:04 UTC",
      "Investigating · 05:23 UTC",
    ]);
    expect(feedTimes.map((m) => m[1])).toEqual([
      "Investigating · Friday 10 June 2022, 05:23 UTC",
      "Identified · Friday 10 June 2022, 06:04 UTC",
      "Identified · Friday 10 June 2022, 06:23 UTC",
    ]);
    expect(v1.updates.map((u) => u.at)).toEqual(POSTED);
    expect(v2Updates.map((u) => u.created_at).reverse()).toEqual(
      POSTED.map((at) => at.replace("Z", ".000Z")),
    );
  });
});
