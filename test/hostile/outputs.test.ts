import ICAL from "ical.js";
import ical, { type VEvent } from "node-ical";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { emitApi } from "../support/api.ts";
import { emitCalendar } from "../../src/emit/calendar.ts";
import { emitFeeds } from "../../src/emit/feeds.tsx";
import { buildHistory } from "../../src/model/history.ts";
import { utcDateTime } from "../../src/model/time.ts";
import type { History, Incident, Site } from "../../src/model/types.ts";
import { validateFiles } from "../support/api.ts";
import { testComponent, testSite } from "../support/model.ts";

/**
 * Text no check lets through, and text it does: the emitters must write
 * well-formed XML, iCalendar and JSON whatever the model holds.
 */
const HOSTILE = [
  `Mail <SMTP> & "double" 'single'`,
  "a ]]> b ]]><x/> c",
  "<![CDATA[ x ]]> <script>alert(1)</script>",
  "line\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected\nEND:VEVENT",
  "crlf\r\nline\rbreaks",
  "semi;colon,comma\\backslash",
  "controls \x00\x01\x07\x08\x0B\x0C\x1B[31m\x1F\x7F end",
  "non-characters \uFFFE\uFFFF end",
  "unpaired \uD800 high \uDC00 low",
  "emoji 😀, combining é, right-to-left \u202Eevil",
  "&amp; &lt; &#x3C; &unknown; entities",
  "long " + "x".repeat(20_000),
];

/** What a reader of the feed or calendar should see of a text. */
function shown(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
}

const site: Site = testSite({
  title: HOSTILE.join(" | "),
  description: HOSTILE.join("\n"),
  components: HOSTILE.map((name) => testComponent(name, { description: name, group: name })),
  zones: [{ id: "PAR", name: HOSTILE.join(" ") }],
});

const incidents: Incident[] = HOSTILE.map((text, n) => {
  const start = utcDateTime(`2022-06-${String(n + 1).padStart(2, "0")}T10:00:00Z`);
  return {
    id: `2022-06-${String(n + 1).padStart(2, "0")}-hostile`,
    title: text,
    components: [text],
    zones: ["PAR"],
    start,
    end: utcDateTime(`2022-06-${String(n + 1).padStart(2, "0")}T11:00:00Z`),
    scheduled: utcDateTime("2022-05-01T09:00:00Z"),
    retroactive: false,
    impact: "maintenance",
    statuspageId: null,
    updates: [
      {
        at: start,
        text,
        html: `<p>${escapeHtml(text)}</p>`,
        status: "scheduled",
        statusDerived: true,
      },
    ],
    durationSeconds: 3600,
  };
});

const history: History = buildHistory(site, incidents, utcDateTime("2022-06-20T00:00:00Z"));

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Reads a document with a strict XML 1.0 parser: its root element, and every problem found. */
function readXml(text: string): { root: XmlElement | null; errors: string[] } {
  const parser = new SaxesParser();
  const errors: string[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on("error", (error) => errors.push(error.message));
  parser.on("opentag", (tag) => {
    const element = { name: tag.name, attributes: tag.attributes, text: "", children: [] };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (t) => stack.at(-1) && (stack.at(-1)!.text += t));
  parser.on("cdata", (t) => stack.at(-1) && (stack.at(-1)!.text += t));
  parser.on("closetag", () => stack.pop());
  parser.write(text).close();
  return { root, errors };
}

function child(element: XmlElement | null | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

function children(element: XmlElement | null | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

/** The text of HTML, as a reader of an Atom `type="html"` title sees it. */
function htmlText(html: string): string {
  return html
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

describe("the feeds, given hostile text in every field", () => {
  const [atom, rss] = emitFeeds(history).map((f) => readXml(f.content));

  it("are well-formed XML 1.0", () => {
    expect(atom!.errors).toEqual([]);
    expect(rss!.errors).toEqual([]);
  });

  it("carry the site's title, each incident's title and its components as written, forbidden characters as U+FFFD", () => {
    const feed = atom!.root;
    expect(child(feed, "title")?.text).toBe(shown(site.title));
    expect(child(child(feed, "author"), "name")?.text).toBe(shown(site.title));
    const entries = children(feed, "entry").reverse();
    expect(entries.map((e) => htmlText(child(e, "title")!.text))).toEqual(HOSTILE.map(shown));
    // An attribute is one line: a parser reads a line break there as a space.
    expect(entries.map((e) => children(e, "category").map((c) => c.attributes.label))).toEqual(
      HOSTILE.map((t) => [shown(t).replace(/[\n\t]/g, " ")]),
    );

    const channel = child(rss!.root, "channel");
    expect(child(channel, "title")?.text).toBe(shown(site.title));
    const items = children(channel, "item").reverse();
    expect(items.map((i) => child(i, "title")!.text)).toEqual(
      HOSTILE.map((t) => shown(t).replaceAll("]]>", "]] >")),
    );
    expect(items.map((i) => children(i, "category").map((c) => c.text))).toEqual(
      HOSTILE.map((t) => [shown(t)]),
    );
  });
});

describe("the maintenance calendar, given hostile text in every field", () => {
  const { content } = emitCalendar(history);

  it("holds one event per maintenance and nothing else, read by ical.js and node-ical", () => {
    const calendar = new ICAL.Component(ICAL.parse(content) as unknown[]);
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.map((e) => e.getFirstPropertyValue("uid"))).toEqual(
      incidents.map((i) => `${i.id}@status.example.com`),
    );
    expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(events.map(() => "vevent"));
    const parsed = Object.values(ical.sync.parseICS(content)).filter(
      (c): c is VEvent => c !== undefined && c.type === "VEVENT",
    );
    expect(parsed).toHaveLength(HOSTILE.length);
  });

  it("carries the calendar's name and each event's summary as written", () => {
    const parsed = ical.sync.parseICS(content) as unknown as { vcalendar: Record<string, string> };
    expect(parsed.vcalendar["WR-CALNAME"]).toBe(shown(`${site.title}: maintenance`));
    expect(parsed.vcalendar["WR-CALDESC"]).toBe(shown(`Maintenance windows of ${site.title}.`));
    const calendar = new ICAL.Component(ICAL.parse(content) as unknown[]);
    expect(
      calendar.getAllSubcomponents("vevent").map((e) => e.getFirstPropertyValue("summary")),
    ).toEqual(HOSTILE.map((t) => shown(`${t} (${t} [PAR])`)));
  });

  it("has no character iCalendar text cannot hold", () => {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(content.replace(/\r\n/g, "").match(/[\x00-\x08\x0A-\x1F\x7F\uFFFE\uFFFF]/g)).toBeNull();
  });
});

describe("the JSON files, given hostile text in every field", () => {
  const files = emitApi(history);

  it("parse and match their schemas", () => {
    expect(validateFiles(files)).toEqual([]);
  });

  it("hold no unpaired surrogate, as text or as an escape", () => {
    const unpaired = files.filter(
      (f) =>
        /\\ud[89a-f][0-9a-f]{2}/i.test(f.content) ||
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(f.content),
    );
    expect(unpaired.map((f) => f.path)).toEqual([]);
  });
});

describe("the JSON files, given any base URL that `check` accepts", () => {
  it.each([
    "https://[::1]:8443/~ops/",
    "https://xn--sttus-hra.example.com/%C3%A9t%C3%A9/",
    "http://localhost:8080/status/",
    "https://status.example.com/%2F%2Fevil.example/",
  ])("match their schemas' `format: uri` with %s", (url) => {
    const files = emitApi(buildHistory({ ...site, url }, incidents, history.now));
    expect(validateFiles(files)).toEqual([]);
  });
});
