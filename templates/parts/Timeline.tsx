import type { Incident, Update } from "../../src/model/types.ts";
import { formatTimeOn } from "../../src/present/format-date.ts";
import { UPDATE_STATUS_LABELS } from "../../src/present/labels.ts";

/** An incident's updates, newest first, each with its status and UTC time. */
export function Timeline({ incident }: { incident: Incident }) {
  const day = incident.start.slice(0, 10);
  return (
    <ol class="timeline">
      {incident.updates.toReversed().map((update) => (
        <UpdateEntry update={update} day={day} />
      ))}
    </ol>
  );
}

/** One update of a timeline: its status, its time under the incident's first day `day`, its text. */
export function UpdateEntry({ update, day }: { update: Update; day: string }) {
  return (
    <li>
      <p class="at">
        <span class="update-status">{UPDATE_STATUS_LABELS[update.status]}</span>
        {" · "}
        {update.at ? (
          <time dateTime={update.at}>{formatTimeOn(update.at, day)}</time>
        ) : (
          "Time not given"
        )}
      </p>
      {/* Sanitised when the model was built (src/parse/markdown-html.ts). */}
      <div class="text" dangerouslySetInnerHTML={{ __html: update.html }} />
    </li>
  );
}
