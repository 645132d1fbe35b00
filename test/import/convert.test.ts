import { describe, expect, it } from "vitest";
import { convertIncident } from "../../src/import/statuspage/convert.ts";
import { parseSite } from "../../src/parse/site.ts";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { checkIncidentFile } from "../../src/validate/incident-file.ts";
import { utcDateTime } from "../../src/model/time.ts";
import type { SavedIncident } from "../../src/statuspage/schema.ts";

const site = parseSite(
  "title: Acme\nurl: https://status.acme.example/\ncomponents:\n  - General\n",
  new Reporter("site.yml"),
);

/** Converts a saved incident and checks the file it gives, as `import` does before writing. */
function imported(incident: SavedIncident) {
  const result = convertIncident(incident, { fallbackComponent: "General", zones: [] });
  if (!result.ok) throw new Error(result.reason);
  const { text } = result.incident;
  const checked = checkIncidentFile(
    { path: `incidents/${result.incident.id}.md`, text },
    site,
    utcDateTime("2022-06-20T00:00:00Z"),
  );
  return { body: text.split("---\n")[2], checked };
}

const update = (status: string, at: string, body: string) => ({
  id: `u-${at}`,
  status,
  body,
  created_at: at,
  display_at: at,
});

describe("statuses of imported updates", () => {
  it("become labels the file can have, and the rest text that is not read as a label", () => {
    // Reopened: resolved once, then investigated again, still unresolved.
    const { body, checked } = imported({
      id: "r1",
      name: "Login failures",
      status: "investigating",
      created_at: "2022-06-10T10:00:00Z",
      started_at: "2022-06-10T10:00:00Z",
      incident_updates: [
        update("investigating", "2022-06-10T10:00:00Z", "Logins fail."),
        update("resolved", "2022-06-10T10:30:00Z", "Fixed."),
        update("investigating", "2022-06-10T11:00:00Z", "Failing again."),
      ],
    });
    expect(body).toBe(
      "# Login failures\n\n**Investigating:** Logins fail.\n\nEDIT 10:30 UTC: **Resolved.** Fixed.\n\nEDIT 11:00 UTC: **Investigating:** Failing again.\n",
    );
    expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(checked.incident?.updates.map((u) => [u.status, u.statusDerived, u.text])).toEqual([
      ["investigating", false, "Logins fail."],
      ["investigating", true, "**Resolved.** Fixed."],
      ["investigating", false, "Failing again."],
    ]);
  });

  it("writes a label alone above a body that opens with a list", () => {
    const { body, checked } = imported({
      id: "r2",
      name: "Slow builds",
      status: "resolved",
      created_at: "2022-06-10T10:00:00Z",
      started_at: "2022-06-10T10:00:00Z",
      resolved_at: "2022-06-10T11:00:00Z",
      incident_updates: [
        update("investigating", "2022-06-10T10:00:00Z", "Builds are slow."),
        update("resolved", "2022-06-10T11:00:00Z", "<ul><li>builds</li><li>deploys</li></ul>"),
      ],
    });
    expect(body).toBe(
      "# Slow builds\n\n**Investigating:** Builds are slow.\n\nEDIT 11:00 UTC: **Resolved:**\n\n- builds\n- deploys\n",
    );
    expect(checked.incident?.updates.at(-1)).toMatchObject({
      status: "resolved",
      statusDerived: false,
      text: "- builds\n- deploys",
    });
  });

  it("keeps a body line that reads as an update marker from starting one", () => {
    const { body, checked } = imported({
      id: "r3",
      name: "Slow builds",
      status: "investigating",
      created_at: "2022-06-10T10:00:00Z",
      started_at: "2022-06-10T10:00:00Z",
      incident_updates: [
        update(
          "investigating",
          "2022-06-10T10:00:00Z",
          "Builds are slow.\n\nUpdate 10:05 UTC: still slow.",
        ),
      ],
    });
    expect(body).toBe(
      "# Slow builds\n\n**Investigating:** Builds are slow.\n\n&#85;pdate 10:05 UTC: still slow.\n",
    );
    expect(checked.diagnostics.map((d) => d.rule)).toEqual(["ongoing-stale"]);
    expect(checked.incident?.updates).toHaveLength(1);
  });
});
