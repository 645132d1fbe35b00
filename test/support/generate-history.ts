import { writeFileSync } from "node:fs";
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
  /**
   * Realistic bodies of about this many bytes (paragraphs with emphasis, code,
   * links and lists, split over 1–6 posts), 20 grouped components and 5 named
   * zones; without it, one-line posts, 8 components and 3 zones.
   */
  bodyBytes?: number;
  /** With `bodyBytes`, only the first this many of the 20 components, so each gathers more incidents. */
  componentCount?: number;
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
const LARGE_CATALOG = {
  components: [
    ...COMPONENTS,
    ...["Metrics", "Load Balancers", "Reverse Proxies", "Pulsar", "Redis", "PostgreSQL"],
    ...["MySQL", "MongoDB", "Elasticsearch", "Unique IP", "Build Cache", "Console"],
  ],
  groups: ["Platform", "Network", "Services", "Add-ons"],
  zones: [
    ["PAR", "Paris"],
    ["RBX", "Roubaix"],
    ["MTL", "Montreal"],
    ["SGP", "Singapore"],
    ["SYD", "Sydney"],
  ],
};
const PROSE = [
  ...WORDS,
  ..."the a of to and we are investigating identified monitoring resolved customers impact some requests elevated upstream provider mitigation deployed fix".split(
    " ",
  ),
];

/** Writes `count` valid incident files spread over `years` years before `end`. */
export function generateHistory({
  count,
  end,
  years,
  seed = 1,
  bodyBytes,
  componentCount,
}: GenerateOptions): GeneratedHistory {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const components =
    bodyBytes === undefined ? COMPONENTS : LARGE_CATALOG.components.slice(0, componentCount);
  const zones = bodyBytes === undefined ? ZONES : LARGE_CATALOG.zones.map(([id]) => id!);
  const prose = (bytes: number) => realisticProse(bytes, random, pick);
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
      `component: ${random() < 0.2 ? `[${pick(components)}, ${pick(components)}]` : pick(components)}`,
    ];
    if (random() < 0.5) lines.push(`zone: ${pick(zones)}`);
    if (scheduled)
      lines.push(`scheduled: ${fmt(start.minus({ days: 1 + Math.floor(random() * 20) }))}`);
    lines.push(`start: ${fmt(start)}`);
    let at = start;
    const updates: string[] = [];
    const edits = Math.floor(random() * 6);
    const postBytes = bodyBytes === undefined ? 0 : Math.floor(bodyBytes / (edits + 1));
    for (let u = edits; u > 0; u--) {
      const next = at.plus({ minutes: 5 + Math.floor(random() * 180) });
      const marker =
        next.toISODate() === at.toISODate()
          ? next.toFormat("HH:mm")
          : next.toFormat("yyyy-MM-dd HH:mm");
      updates.push(
        `EDIT ${marker} UTC: ${bodyBytes === undefined ? `${sentence()}.` : prose(postBytes)}`,
      );
      at = next;
    }
    const ongoing = n === 0 && !scheduled;
    if (!ongoing)
      lines.push(`end: ${fmt(scheduled ? start.plus({ hours: 2 }) : at.plus({ minutes: 1 }))}`);
    if (random() < 0.05) lines.push("retroactive: true");
    if (!scheduled) lines.push(`impact: ${pick(IMPACTS)}`);
    const first = bodyBytes === undefined ? `${sentence()}.` : prose(postBytes);
    lines.push("---", `# ${title}`, "", first, "", ...updates.flatMap((u) => [u, ""]));
    files.push({ name: `${id}.md`, text: lines.join("\n") });
  }
  const site = [
    "title: Generated status",
    "url: https://status.example.com/",
    "components:",
    ...(bodyBytes === undefined
      ? COMPONENTS.map((c) => `  - name: ${c}`)
      : components.flatMap((c, i) => [
          `  - name: ${c}`,
          `    description: The ${c} service.`,
          `    group: ${LARGE_CATALOG.groups[i % LARGE_CATALOG.groups.length]}`,
        ])),
    "zones:",
    ...(bodyBytes === undefined
      ? ZONES.map((z) => `  - id: ${z}`)
      : LARGE_CATALOG.zones.flatMap(([id, name]) => [`  - id: ${id}`, `    name: ${name}`])),
    "",
  ].join("\n");
  return { site, files };
}

/** Paragraphs of about `bytes` bytes with some emphasis, code, links and a list. */
function realisticProse(
  bytes: number,
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
): string {
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 12) }, () => pick(PROSE));
    const r = random();
    if (r < 0.15) words[2] = `**${words[2]}**`;
    else if (r < 0.25) words[3] = `\`${words[3]}\``;
    else if (r < 0.35) words[4] = `[${words[4]}](https://docs.example.com/${words[4]})`;
    else if (r < 0.4) words[1] = `_${words[1]}_`;
    const text = words.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (size: number) => {
    let text = sentence();
    while (text.length < size) text += ` ${sentence()}`;
    return text;
  };
  if (bytes < 300 || random() >= 0.3) return paragraph(bytes);
  const items = Array.from({ length: 2 + Math.floor(random() * 3) }, () => `- ${sentence()}`);
  return [paragraph(bytes / 2), "", ...items].join("\n");
}

/** Writes a generated history into `dir` (site.yml and one file per incident). */
export async function writeHistory(dir: string, history: GeneratedHistory): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "site.yml"), history.site);
  // One at a time: tens of thousands of files at once would run out of file descriptors.
  for (const file of history.files) writeFileSync(join(dir, file.name), file.text);
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
