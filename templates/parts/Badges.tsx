import type { Incident } from "../../src/model/types.ts";
import { formatNotice } from "../../src/present/format-date.ts";
import { impactLabel, TONES } from "../../src/present/labels.ts";

/** The impact, the state when given, and whether it was posted after the fact or announced ahead. */
export function Badges({ incident, state }: { incident: Incident; state?: string }) {
  return (
    <ul class="badges" aria-label="Labels">
      <li class={`badge tone-${TONES[incident.impact]}`}>{impactLabel(incident.impact)}</li>
      {state && <li class="badge">{state}</li>}
      {incident.scheduled && (
        <li class="badge">
          Scheduled, announced {formatNotice(incident.scheduled, incident.start)} before
        </li>
      )}
      {incident.retroactive && <li class="badge">Retroactive: posted after it was over</li>}
    </ul>
  );
}
