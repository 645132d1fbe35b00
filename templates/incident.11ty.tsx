import type { History, Incident } from "../src/model/types.ts";
import { paths } from "../src/model/urls.ts";
import { Page } from "./_includes/Page.tsx";

export const data = {
  pagination: {
    data: "history.incidents",
    size: 1,
    alias: "incident",
    addAllPagesToCollections: false,
  },
  permalink: ({ incident }: { incident: Incident }) => `${paths.incident(incident.id)}index.html`,
  eleventyComputed: {},
};

/** One incident: what, where, when, and its timeline of updates. */
export function render({ history, incident }: { history: History; incident: Incident }) {
  return (
    <Page
      site={history.site}
      title={incident.title}
      description={`${incident.components.join(", ")}: ${incident.title}`}
      path={paths.incident(incident.id)}
    >
      <article>
        <h1>{incident.title}</h1>
        <p>
          {incident.components.join(", ")}
          {incident.zones.map((zone) => ` [${zone}]`)}
        </p>
        <p>
          Started <time dateTime={incident.start}>{incident.start}</time>
          {incident.end ? (
            <>
              , resolved <time dateTime={incident.end}>{incident.end}</time>
            </>
          ) : (
            ", ongoing"
          )}
        </p>
        <ol>
          {incident.updates.map((update) => (
            <li>
              {update.at && <time dateTime={update.at}>{update.at}</time>}
              {/* Sanitised when the model was built (src/render/markdown.ts). */}
              <div dangerouslySetInnerHTML={{ __html: update.html }} />
            </li>
          ))}
        </ol>
      </article>
    </Page>
  );
}
