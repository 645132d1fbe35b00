import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DateTime } from "luxon";

/** Options for a synthetic but valid history, the same for the same seed. */
export interface GenerateOptions {
  count: number;
  /** The newest incidents start shortly before this. */
  end: string;
  years: number;
  seed?: number;
}

export interface GeneratedHistory {
  site: string;
  files: { name: string; text: string }[];
}

const COMPONENTS = [
  "API",
  "Dashboard",
  "Deployments",
  "Databases",
  "Object Storage",
  "DNS",
  "Mails",
  "Logs",
];
const ZONES = ["PAR", "RBX", "MTL"];
const IMPACTS = ["none", "minor", "minor", "major", "critical"];
const WORDS =
  "network switch proxy latency errors timeouts database replica cluster disk certificate queue broker restart rollback".split(
    " ",
  );

/** Writes `count` valid incident files spread over `years` years before `end`. */
export function generateHistory({
  count,
  end,
  years,
  seed = 1,
}: GenerateOptions): GeneratedHistory {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const last = DateTime.fromISO(end, { zone: "utc" });
  const span = years * 365 * 24 * 60;
  const files: GeneratedHistory["files"] = [];
  const used = new Set<string>();
  for (let n = 0; n < count; n++) {
    const start = last.minus({ minutes: Math.floor(random() * span) + 60 }).startOf("minute");
    const scheduled = random() < 0.1;
    const sentence = () =>
      Array.from({ length: 8 + Math.floor(random() * 12) }, () => pick(WORDS)).join(" ");
    const title = `${pick(WORDS)} ${pick(WORDS)} issue ${n}`;
    const slug = title.replace(/ /g, "-");
    const id = `${start.toISODate()}-${slug}`;
    if (used.has(id)) continue;
    used.add(id);
    const lines = [
      "---",
      `component: ${random() < 0.2 ? `[${pick(COMPONENTS)}, ${pick(COMPONENTS)}]` : pick(COMPONENTS)}`,
    ];
    if (random() < 0.5) lines.push(`zone: ${pick(ZONES)}`);
    if (scheduled)
      lines.push(`scheduled: ${fmt(start.minus({ days: 1 + Math.floor(random() * 20) }))}`);
    lines.push(`start: ${fmt(start)}`);
    let at = start;
    const updates: string[] = [];
    for (let u = Math.floor(random() * 6); u > 0; u--) {
      const next = at.plus({ minutes: 5 + Math.floor(random() * 180) });
      const marker =
        next.toISODate() === at.toISODate()
          ? next.toFormat("HH:mm")
          : next.toFormat("yyyy-MM-dd HH:mm");
      updates.push(`EDIT ${marker} UTC: ${sentence()}.`);
      at = next;
    }
    const ongoing = n === 0 && !scheduled;
    if (!ongoing)
      lines.push(`end: ${fmt(scheduled ? start.plus({ hours: 2 }) : at.plus({ minutes: 1 }))}`);
    if (random() < 0.05) lines.push("retroactive: true");
    if (!scheduled) lines.push(`impact: ${pick(IMPACTS)}`);
    lines.push("---", `# ${title}`, "", `${sentence()}.`, "", ...updates.flatMap((u) => [u, ""]));
    files.push({ name: `${id}.md`, text: lines.join("\n") });
  }
  const site = [
    "title: Generated status",
    "url: https://status.example.com/",
    "components:",
    ...COMPONENTS.map((c) => `  - name: ${c}`),
    "zones:",
    ...ZONES.map((z) => `  - id: ${z}`),
    "",
  ].join("\n");
  return { site, files };
}

/** Writes a generated history into `dir` (site.yml and one file per incident). */
export async function writeHistory(dir: string, history: GeneratedHistory): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "site.yml"), history.site);
  await Promise.all(history.files.map((f) => writeFile(join(dir, f.name), f.text)));
}

function fmt(time: DateTime): string {
  return time.toFormat("yyyy-MM-dd HH:mm");
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
