import { Feed } from "feed";
import { renderToString } from "preact-render-to-string";
import { withoutForbiddenCharacters } from "../model/characters.ts";
import { lastChange } from "../model/incident.ts";
import type { History } from "../model/types.ts";
import { absolute, paths } from "../model/urls.ts";
import type { OutputFile } from "../write/output-file.ts";
import { feedContent } from "./feed-content.tsx";

/** How many incidents the feeds carry, newest start first. */
export const FEED_SIZE = 50;

/** `feed.atom` and `feed.rss`: the latest incidents, each with its updates as content. */
export function emitFeeds(history: History): OutputFile[] {
  return [
    { path: paths.atom(), content: withNewline(xmlDocument(buildFeed(history, "atom").atom1())) },
    { path: paths.rss(), content: withNewline(xmlDocument(buildFeed(history, "rss").rss2())) },
  ];
}

/**
 * How each format's fields reach the XML the feed library writes. Atom
 * declares titles as HTML (`type="html"`), RSS as text: only Atom's are
 * escaped. The library's XML writer reads `&amp;` in element text as `&`
 * before escaping it, so text keeps a written `&amp;` as `&amp;amp;`; Atom's
 * categories are attributes, which it does not unescape.
 */
const FORMATS = {
  atom: { title: asHtml, text: elementText, category: attributeValue },
  rss: { title: textInCdata, text: elementText, category: elementText },
};

// The feed library escapes only `&` in attributes, so a `<` of a component
// name would end up raw in Atom's `<category label>`. It is handed over as
// U+FFFF, which no text reaching the library holds (see `xml`), and escaped
// in the document the library writes.
const LESS_THAN = "\uFFFF";

/** Text as the feed library may take it: without characters XML 1.0 cannot carry. */
function xml(text: string): string {
  return withoutForbiddenCharacters(text);
}

function elementText(text: string): string {
  return xml(text).replaceAll("&amp;", "&amp;amp;");
}

/** An attribute value: one line, as an XML parser would read a line break there anyway. */
function attributeValue(text: string): string {
  return xml(text)
    .replace(/\r\n?|[\n\t]/g, " ")
    .replaceAll("<", LESS_THAN);
}

function xmlDocument(written: string): string {
  return written.replaceAll(LESS_THAN, "&lt;");
}

function buildFeed(history: History, format: keyof typeof FORMATS): Feed {
  const { title, text, category } = FORMATS[format];
  const { site } = history;
  const incidents = history.incidents.slice(0, FEED_SIZE);
  const latest =
    incidents
      .map((i) => lastChange(i, history.now) ?? history.now)
      .sort()
      .at(-1) ?? history.now;
  const feed = new Feed({
    id: site.url,
    title: text(site.title),
    description: text(site.description ?? `Incidents and maintenance of ${site.title}.`),
    link: site.url,
    language: "en",
    updated: new Date(latest),
    generator: "Statusmark",
    copyright: "",
    feedLinks: { atom: absolute(site, paths.atom()), rss: absolute(site, paths.rss()) },
    author: { name: text(site.title), link: site.url },
  });
  for (const incident of incidents) {
    const url = absolute(site, paths.incident(incident.id));
    feed.addItem({
      id: url,
      guid: url,
      link: url,
      title: title(xml(incident.title)),
      date: new Date(lastChange(incident, history.now) ?? history.now),
      published: new Date(incident.scheduled ?? incident.start),
      description: asHtml(xml(incident.updates.at(-1)?.text ?? incident.title)),
      content: htmlInCdata(xml(feedContent(incident))),
      category: incident.components.map((name) => ({
        name: category(name),
        term: category(name),
      })),
    });
  }
  return feed;
}

/** Text as HTML, escaped by the same renderer as the pages, safe in a CDATA section. */
function asHtml(text: string): string {
  return htmlInCdata(renderToString(<>{text}</>));
}

// The feed library puts titles and contents in CDATA sections but splits only
// the first `]]>` (and Preact leaves `>` as it is): a second one would end the
// section and let incident text write raw XML. None may reach the library.

/** HTML for a CDATA section: `]]&gt;` reads the same once the HTML is parsed. */
export function htmlInCdata(html: string): string {
  return html.replaceAll("]]>", "]]&gt;");
}

/** Plain text for a CDATA section, where no escape is read: `]] >`. */
export function textInCdata(text: string): string {
  return text.replaceAll("]]>", "]] >");
}

function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
