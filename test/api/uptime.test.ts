import { describe, expect, it } from "vitest";
import { emitApi } from "../support/api.ts";
import { parsed, validateFiles } from "../support/api.ts";
import { uptimeHistory } from "../support/uptime-history.ts";

interface Figures {
  downtime_minutes: number;
  tracked_minutes: number;
  availability_percent: number | null;
}
interface UptimeFile {
  $schema: string;
  generated_at: string;
  overall: Figures & { days: (Figures & { date: string; incidents: string[] })[] };
  components: (Figures & { name: string; slug: string; since: string | null })[];
  zones: (Figures & { id: string })[];
}

describe("api/v1/uptime.json of the uptime fixture", () => {
  it("follows its schema", async () => {
    expect(validateFiles(emitApi(await uptimeHistory()))).toEqual([]);
  });

  it("gives the 90-day figures overall, per component with a bar and per zone", async () => {
    const file = parsed(emitApi(await uptimeHistory()), "api/v1/uptime.json") as UptimeFile;
    expect(file.$schema).toBe("https://status.example.com/api/v1/schemas/uptime.schema.json");
    expect(file.generated_at).toBe("2024-03-10T12:00:00Z");
    const figures = ({ downtime_minutes, tracked_minutes, availability_percent }: Figures) => [
      downtime_minutes,
      tracked_minutes,
      availability_percent,
    ];
    expect(figures(file.overall)).toEqual([348, 79920, 99.564]);
    expect(file.components.map((c) => [c.name, c.slug, c.since, ...figures(c)])).toEqual([
      ["API", "api", null, 156, 79920, 99.804],
      ["Web", "web", null, 240, 79920, 99.699],
      ["Database", "database", "2024-02-01", 72, 55440, 99.87],
    ]);
    expect(file.zones.map((z) => [z.id, ...figures(z)])).toEqual([["PAR", 192, 79920, 99.759]]);
  });

  it("writes each day with its minutes, percentage and incidents, and null before data starts", async () => {
    const file = parsed(emitApi(await uptimeHistory()), "api/v1/uptime.json") as UptimeFile;
    const day = (date: string) => file.overall.days.find((d) => d.date === date);
    expect(file.overall.days).toHaveLength(90);
    expect(day("2024-01-14")).toEqual({
      date: "2024-01-14",
      downtime_minutes: 0,
      tracked_minutes: 0,
      availability_percent: null,
      incidents: [],
    });
    expect(day("2024-01-15")).toEqual({
      date: "2024-01-15",
      downtime_minutes: 156,
      tracked_minutes: 1440,
      availability_percent: 89.166,
      incidents: ["2024-01-15-api-slow-errors", "2024-01-15-api-and-web-down"],
    });
    expect(day("2024-03-10")).toMatchObject({
      downtime_minutes: 72,
      tracked_minutes: 720,
      availability_percent: 90,
    });
  });
});
