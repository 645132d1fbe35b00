import { Feed } from "feed";
import { renderToString } from "preact-render-to-string";
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
    // Atom declares titles as HTML (`type="html"`), RSS as text: only Atom's are escaped.
    { path: paths.atom(), content: withNewline(buildFeed(history, asHtml).atom1()) },
    { path: paths.rss(), content: withNewline(buildFeed(history, textInCdata).rss2()) },
  ];
}

function buildFeed(history: History, title: (text: string) => string): Feed {
  const { site } = history;
  const incidents = history.incidents.slice(0, FEED_SIZE);
  const latest =
    incidents
      .map((i) => lastChange(i, history.now) ?? history.now)
      .sort()
      .at(-1) ?? history.now;
  const feed = new Feed({
    id: site.url,
    title: site.title,
    description: site.description ?? `Incidents and maintenance of ${site.title}.`,
    link: site.url,
    language: "en",
    updated: new Date(latest),
    generator: "Statusmark",
    copyright: "",
    feedLinks: { atom: absolute(site, paths.atom()), rss: absolute(site, paths.rss()) },
    author: { name: site.title, link: site.url },
  });
  for (const incident of incidents) {
    const url = absolute(site, paths.incident(incident.id));
    feed.addItem({
      id: url,
      guid: url,
      link: url,
      title: title(incident.title),
      date: new Date(lastChange(incident, history.now) ?? history.now),
      published: new Date(incident.scheduled ?? incident.start),
      description: asHtml(incident.updates.at(-1)?.text ?? incident.title),
      content: htmlInCdata(feedContent(incident)),
      category: incident.components.map((name) => ({ name, term: name })),
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
