import type { History } from "../src/model/types.ts";
import { paths } from "../src/model/urls.ts";
import { Page } from "./_includes/Page.tsx";

export const data = { permalink: "index.html" };

/** The history, day by day, newest first. */
export function render({ history }: { history: History }) {
  return (
    <Page
      site={history.site}
      title="Status history"
      description={history.site.description ?? history.site.title}
      path=""
    >
      <h1>{history.site.title}</h1>
      {history.days.map((day) => (
        <section>
          <h2>
            <time dateTime={day.date}>{day.date}</time>
          </h2>
          {day.incidents.length === 0 ? (
            <p>No incidents reported.</p>
          ) : (
            <ul>
              {day.incidents.map((incident) => (
                <li>
                  <a href={paths.incident(incident.id)}>{incident.title}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Page>
  );
}
