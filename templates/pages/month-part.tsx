import type { MonthPart } from "../../src/render/month-parts.ts";
import type { SiteData } from "../parts/data.ts";
import { DayList } from "../parts/DayList.tsx";
import { Page } from "../parts/Page.tsx";
import { PartNav } from "../parts/PartNav.tsx";

export interface PartOf {
  /** What the month is the month of, before its name: "Cellar, " or nothing. */
  prefix: string;
  /** "October 2026". */
  name: string;
  path: string;
}

/** One page of a month too heavy for one: a week, a day or part of a day, with its incidents. */
export function render(data: SiteData & { part: MonthPart; of: PartOf }) {
  const { history, part, of } = data;
  const title = `${of.prefix}${part.title}`;
  return (
    <Page
      data={data}
      title={title}
      description={`Incidents of ${of.prefix}${part.title}, one page of ${of.name}.`}
      path={part.path}
    >
      {(to) => (
        <>
          <p class="up">
            <a href={to(of.path)}>
              {of.prefix}
              {of.name}
            </a>
          </p>
          <h1>{title}</h1>
          <PartNav part={part} to={to} label={`Pages of ${of.name}`} />
          <DayList
            site={history.site}
            days={part.days}
            now={history.now}
            to={to}
            level={2}
            skipQuiet
          />
          <PartNav part={part} to={to} label={`Pages of ${of.name}, again`} />
        </>
      )}
    </Page>
  );
}
