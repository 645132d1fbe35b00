import { renderToString } from "preact-render-to-string";
import type { Incident } from "../model/types.ts";
import { formatDateTime, formatDuration } from "../present/format-date.ts";
import { IMPACT_LABELS, placeLabel, UPDATE_STATUS_LABELS } from "../present/labels.ts";

/**
 * The HTML body of an incident in a feed: where, when, and every update with
 * its status and UTC time. Preact escapes the text; update HTML is already sanitised.
 */
export function feedContent(incident: Incident): string {
  return renderToString(
    <>
      <p>
        {placeLabel(incident)} · {IMPACT_LABELS[incident.impact]}
        {incident.retroactive && " · posted after it was over"}
        <br />
        {formatDateTime(incident.start)}
        {incident.end
          ? ` to ${formatDateTime(incident.end)}` +
            (incident.durationSeconds === null
              ? ""
              : ` (${formatDuration(incident.durationSeconds)})`)
          : ", ongoing"}
      </p>
      {incident.updates.map((update) => (
        <>
          <p>
            <strong>
              {UPDATE_STATUS_LABELS[update.status]} ·{" "}
              {update.at ? formatDateTime(update.at) : "Time not given"}
            </strong>
          </p>
          <div dangerouslySetInnerHTML={{ __html: update.html }} />
        </>
      ))}
    </>,
  );
}
