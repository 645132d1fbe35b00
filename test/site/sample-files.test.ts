import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { check as checkLinks } from "linkinator";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSample, listFiles } from "../support/built-site.ts";
import { emptyFolder } from "../support/sample-copy.ts";
import { heaviestPage, PAGE_BUDGET } from "../support/page-weight.ts";

const temp = await emptyFolder();
let dir = "";
beforeAll(async () => {
  dir = await buildSample(join(temp.cwd, "site"));
});
afterAll(() => temp.remove());

describe("the feeds", () => {
  it("parse as Atom with the latest incidents first, their updates as content", async () => {
    const feed = parseFeed(await readFile(join(dir, "feed.atom"), "utf8"));
    expect([feed.meta.type, feed.title, feed.url]).toEqual([
      "atom",
      "Example Cloud status",
      "https://status.example.com/",
    ]);
    expect(feed.items.map((i) => i.title)).toEqual([
      "An hypervisor has been lost",
      "Mails delivery issues",
      "Random 503 unavailable errors on public reverse proxies",
      "A hypervisor is down",
      "Deployments are experiencing issues",
      "Unique IP service planned unavailability",
      "An add-on reverse proxy was unreachable",
      "Service instabilities",
      "Paris zone is experiencing network issues",
    ]);
    const first = feed.items[0]!;
    expect([
      first.id,
      first.url,
      first.published?.toISOString(),
      first.updated?.toISOString(),
    ]).toEqual([
      "https://status.example.com/incidents/2022-06-10-hypervisor-lost/",
      "https://status.example.com/incidents/2022-06-10-hypervisor-lost/",
      "2022-06-10T05:23:00.000Z",
      "2022-06-10T09:10:00.000Z",
    ]);
    expect(first.content).toContain(
      "<p><strong>Identified · Friday 10 June 2022, 07:46 UTC</strong></p><div><p>The faulty hardware has been replaced; the server is rebooting.</p></div>",
    );
    expect(feed.updated?.toISOString()).toBe("2022-06-10T09:10:00.000Z");
  });

  it("parse as RSS with the same items", async () => {
    const feed = parseFeed(await readFile(join(dir, "feed.rss"), "utf8"));
    expect(feed.meta.type).toBe("rss");
    expect(feed.items).toHaveLength(9);
    const last = feed.items.at(-1)!;
    expect([last.title, last.url, last.published?.toISOString()]).toEqual([
      "Paris zone is experiencing network issues",
      "https://status.example.com/incidents/2022-06-06-paris-network/",
      "2022-06-06T19:30:00.000Z",
    ]);
    expect(last.content).toContain(
      "Cellar [PAR] · Major<br/>Monday 6 June 2022, 19:30 UTC to Tuesday 7 June 2022, 00:00 UTC (4 h 30 min)",
    );
  });
});

describe("the maintenance calendar", () => {
  it("parses as iCalendar with the Unique IP window in UTC", async () => {
    const calendar = ical.sync.parseICS(await readFile(join(dir, "maintenance.ics"), "utf8"));
    const events = Object.values(calendar).filter(
      (c): c is VEvent => c !== undefined && c.type === "VEVENT",
    );
    expect(
      events.map((e) => ({
        uid: e.uid,
        summary: e.summary,
        start: e.start.toISOString(),
        end: e.end?.toISOString(),
        stamp: e.dtstamp.toISOString(),
        url: e.url,
      })),
    ).toEqual([
      {
        uid: "2022-06-07-unique-ip-maintenance@status.example.com",
        summary: "Unique IP service planned unavailability (Unique IP [PAR])",
        start: "2022-06-07T20:00:00.000Z",
        end: "2022-06-07T20:30:00.000Z",
        stamp: "2022-05-17T09:00:00.000Z",
        url: {
          params: { VALUE: "URI" },
          val: "https://status.example.com/incidents/2022-06-07-unique-ip-maintenance/",
        },
      },
    ]);
  });
});

describe("the built sample site", () => {
  it("has no broken internal link, from the home page and the 404 page down to every page", async () => {
    const result = await checkLinks({
      serverRoot: dir,
      path: ["/", "404.html"],
      recurse: true,
      // The canonical and feed URLs are absolute, on the production host.
      linksToSkip: ["^https://status\\.example\\.com/"],
    });
    const broken = result.links.filter((l) => l.state === "BROKEN");
    expect(broken.map((l) => `${l.parent} → ${l.url} (${l.status})`)).toEqual([]);
    const reached = new Set(
      result.links
        .filter((l) => l.state === "OK")
        .map((l) => new URL(l.url, "http://site/").pathname.slice(1))
        .map((path) => (path === "" || path.endsWith("/") ? `${path}index.html` : path)),
    );
    // The JSON API, the badges and the host's _headers are for tools, not linked from pages.
    const forTools = (f: string) =>
      f.startsWith("api/") || f.startsWith("badges/") || f === "_headers";
    expect((await listFiles(dir)).filter((f) => !reached.has(f) && !forTools(f))).toEqual([]);
  });

  it("weighs less than 60 KB of HTML, CSS and JS after gzip on every page", async () => {
    const heaviest = await heaviestPage(dir);
    expect(heaviest.file).toBe("index.html");
    expect(heaviest.bytes).toBeLessThan(PAGE_BUDGET);
  });
});
