import { parseFeed } from "@rowanmanning/feed-parser";
import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { emitCalendar } from "../../src/emit/calendar.ts";
import { emitFeeds, FEED_SIZE } from "../../src/emit/feeds.tsx";
import { buildHistory } from "../../src/model/history.ts";
import type { Incident, Site } from "../../src/model/types.ts";
import { hashedAsset } from "../../src/render/assets.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { testComponent, testSite } from "../support/model.ts";

const site: Site = testSite({
  title: "Tiny status",
  url: "https://example.org/status/",
  components: [testComponent("API")],
});

function incident(id: string, at: string, fields: Partial<Incident> = {}): Incident {
  const start = utcDateTime(at);
  return {
    id,
    title: `Incident ${id}`,
    components: ["API"],
    zones: [],
    start,
    end: null,
    scheduled: null,
    retroactive: false,
    impact: "minor",
    statuspageId: null,
    updates: [
      {
        at: start,
        status: "investigating",
        statusDerived: true,
        text: "Looking into it.",
        html: "<p>Looking into it.</p>",
      },
    ],
    durationSeconds: null,
    ...fields,
  };
}

describe("the feeds", () => {
  it("carry the latest 50 incidents, newest start first", () => {
    const incidents = Array.from({ length: 60 }, (_, n) =>
      incident(
        `2022-01-${String(1 + (n % 28)).padStart(2, "0")}-i${n}`,
        `2022-01-${String(1 + (n % 28)).padStart(2, "0")}T10:00:00Z`,
      ),
    );
    const [atom] = emitFeeds(buildHistory(site, incidents, utcDateTime("2022-02-01T00:00:00Z")));
    const items = parseFeed(atom!.content).items;
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]?.url).toBe("https://example.org/status/incidents/2022-01-28-i27/");
  });

  it("keep a title with markup characters as the text the operator wrote, `]]>` as `]] >` in RSS", () => {
    const history = buildHistory(
      site,
      [
        incident("2022-01-02-x", "2022-01-02T10:00:00Z", {
          title: "5xx & <timeouts> ]]> on API",
        }),
      ],
      utcDateTime("2022-02-01T00:00:00Z"),
    );
    expect(emitFeeds(history).map((file) => parseFeed(file.content).items[0]?.title)).toEqual([
      "5xx & <timeouts> ]]> on API",
      "5xx & <timeouts> ]] > on API",
    ]);
  });

  it("keep a title and update with two `]]>` as text, with no XML of their own", () => {
    const text = "a ]]><x/> & <b>bold</b> ]]><y/> end";
    const history = buildHistory(
      site,
      [
        incident("2022-01-02-x", "2022-01-02T10:00:00Z", {
          title: text,
          // As the markdown renderer writes it: `&` and `<` escaped, `>` not.
          updates: [
            {
              at: utcDateTime("2022-01-02T10:00:00Z"),
              status: "investigating",
              statusDerived: true,
              text,
              html: `<p>${escapeText(text)}</p>`,
            },
          ],
        }),
      ],
      utcDateTime("2022-02-01T00:00:00Z"),
    );
    const seen = emitFeeds(history).map((file) => {
      const item = parseFeed(file.content).items[0];
      return [file.path, item?.title, item?.description, item?.content?.split("</strong></p>")[1]];
    });
    expect(seen).toEqual([
      ["feed.atom", text, text, `<div><p>${text}</p></div>`],
      ["feed.rss", "a ]] ><x/> & <b>bold</b> ]] ><y/> end", text, `<div><p>${text}</p></div>`],
    ]);
  });

  it("date the feed and each entry by the last change at or before the build's time", () => {
    const history = buildHistory(
      site,
      [
        incident("2022-01-02-outage", "2022-01-02T10:00:00Z", {
          end: utcDateTime("2022-01-02T18:30:00Z"),
          updates: [
            {
              at: utcDateTime("2022-01-02T10:00:00Z"),
              status: "investigating",
              statusDerived: true,
              text: "Down.",
              html: "<p>Down.</p>",
            },
            {
              at: utcDateTime("2022-01-02T11:15:00Z"),
              status: "investigating",
              statusDerived: true,
              text: "Fixing.",
              html: "<p>Fixing.</p>",
            },
            {
              at: utcDateTime("2022-01-02T18:30:00Z"),
              status: "investigating",
              statusDerived: true,
              text: "Fixed.",
              html: "<p>Fixed.</p>",
            },
          ],
        }),
        incident("2022-01-09-upgrade", "2022-01-09T22:00:00Z", {
          impact: "maintenance",
          scheduled: utcDateTime("2022-01-01T09:00:00Z"),
          end: utcDateTime("2022-01-09T23:00:00Z"),
        }),
      ],
      utcDateTime("2022-01-02T12:00:00Z"),
    );
    const feed = parseFeed(emitFeeds(history)[0]!.content);
    expect(feed.updated?.toISOString()).toBe("2022-01-02T11:15:00.000Z");
    expect(feed.items.map((item) => [item.url, item.updated?.toISOString()])).toEqual([
      ["https://example.org/status/incidents/2022-01-09-upgrade/", "2022-01-01T09:00:00.000Z"],
      ["https://example.org/status/incidents/2022-01-02-outage/", "2022-01-02T11:15:00.000Z"],
    ]);
  });

  it("date an empty feed at the build's time", () => {
    const [atom] = emitFeeds(buildHistory(site, [], utcDateTime("2022-02-01T00:00:00Z")));
    expect(parseFeed(atom!.content).updated?.toISOString()).toBe("2022-02-01T00:00:00.000Z");
  });
});

function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
}

describe("the maintenance calendar", () => {
  it("holds only maintenance, soonest first, an open-ended window ending where it starts", () => {
    const history = buildHistory(
      site,
      [
        incident("2022-01-05-later", "2022-01-05T22:00:00Z", {
          impact: "maintenance",
          scheduled: utcDateTime("2022-01-01T09:00:00Z"),
        }),
        incident("2022-01-03-sooner", "2022-01-03T22:00:00Z", {
          impact: "maintenance",
          scheduled: utcDateTime("2022-01-01T09:00:00Z"),
          end: utcDateTime("2022-01-03T23:00:00Z"),
          durationSeconds: 3600,
        }),
        incident("2022-01-02-outage", "2022-01-02T10:00:00Z"),
      ],
      utcDateTime("2022-01-02T12:00:00Z"),
    );
    const file = emitCalendar(history);
    expect(file.path).toBe("maintenance.ics");
    expect(file.content.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const events = Object.values(ical.sync.parseICS(file.content)).filter(
      (c): c is VEvent => c !== undefined && c.type === "VEVENT",
    );
    expect(events.map((e) => [e.uid, e.start.toISOString(), e.end?.toISOString()])).toEqual([
      ["2022-01-03-sooner@example.org", "2022-01-03T22:00:00.000Z", "2022-01-03T23:00:00.000Z"],
      ["2022-01-05-later@example.org", "2022-01-05T22:00:00.000Z", "2022-01-05T22:00:00.000Z"],
    ]);
  });
});

describe("the maintenance calendar of a long history", () => {
  it("keeps the windows of the last 366 days and those ahead, and leaves out older ones", () => {
    const window = (id: string, start: string, end: string) =>
      incident(id, start, {
        impact: "maintenance",
        scheduled: utcDateTime("2019-01-01T09:00:00Z"),
        end: utcDateTime(end),
        durationSeconds: 3600,
      });
    const history = buildHistory(
      site,
      [
        window("2022-07-01-ahead", "2022-07-01T22:00:00Z", "2022-07-01T23:00:00Z"),
        window("2021-06-01-within", "2021-06-01T22:00:00Z", "2021-06-01T23:00:00Z"),
        window("2021-05-30-ends-in-range", "2021-05-30T23:30:00Z", "2021-05-31T00:30:00Z"),
        window("2021-05-30-older", "2021-05-30T22:00:00Z", "2021-05-30T23:00:00Z"),
        window("2020-01-01-much-older", "2020-01-01T22:00:00Z", "2020-01-01T23:00:00Z"),
      ],
      utcDateTime("2022-06-01T12:00:00Z"),
    );
    const events = Object.values(ical.sync.parseICS(emitCalendar(history).content)).filter(
      (c): c is VEvent => c !== undefined && c.type === "VEVENT",
    );
    expect(events.map((e) => e.uid)).toEqual([
      "2021-05-30-ends-in-range@example.org",
      "2021-06-01-within@example.org",
      "2022-07-01-ahead@example.org",
    ]);
  });
});

describe("hashed asset names", () => {
  it("name a file after the SHA-256 of its content", () => {
    expect(hashedAsset("style.css", "body{}").path).toBe("assets/style.7c98040a54.css");
  });
});
