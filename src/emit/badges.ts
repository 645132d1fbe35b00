/**
 * Badges for a README: the state of each component and of the whole site,
 * and each component's 90-day availability, as flat SVG images and as
 * shields.io endpoint JSON (https://shields.io/badges/endpoint-badge).
 */
import { availabilityMilli, siteUptime } from "../model/availability.ts";
import type { History } from "../model/types.ts";
import { paths } from "../model/urls.ts";
import { STATUS_LABELS, TONES, type Tone } from "../present/labels.ts";
import { formatAvailability } from "../present/uptime.ts";
import type { OutputFile } from "../write/output-file.ts";
import { jsonFile } from "./json.ts";

/** Colours with white text at WCAG AA contrast, and the shields.io name closest to each. */
const COLOURS: Record<Tone | "none", readonly [string, string]> = {
  ok: ["#2a7d46", "brightgreen"],
  minor: ["#8a6100", "yellow"],
  major: ["#b54708", "orange"],
  critical: ["#b42318", "red"],
  maintenance: ["#2f5fb3", "blue"],
  none: ["#6b6b6b", "lightgrey"],
};
type Colour = keyof typeof COLOURS;

interface Badge {
  label: string;
  message: string;
  colour: Colour;
}

/** Every badge of a build: `badges/overall.svg`, and per component `{slug}.svg`, `{slug}.json` and, with a bar, the `-uptime` pair. */
export function emitBadges(history: History): OutputFile[] {
  const { status } = history;
  const uptime = siteUptime(history);
  const files: OutputFile[] = [
    svgFile("overall", {
      label: "status",
      message: status.description.toLowerCase(),
      colour: TONES[status.indicator],
    }),
  ];
  for (const state of status.components) {
    const { name, slug } = state.component;
    const badge: Badge = {
      label: name,
      message: STATUS_LABELS[state.status].toLowerCase(),
      colour: TONES[state.status],
    };
    files.push(svgFile(slug, badge), endpointFile(slug, badge));
    const figures = uptime.components.get(name);
    if (!figures) continue;
    const milli = availabilityMilli(figures);
    const uptimeBadge: Badge = {
      label: `${name} uptime`,
      message: formatAvailability(figures),
      colour:
        milli === null ? "none" : milli >= 99_900 ? "ok" : milli >= 99_000 ? "minor" : "critical",
    };
    files.push(svgFile(`${slug}-uptime`, uptimeBadge), endpointFile(`${slug}-uptime`, uptimeBadge));
  }
  return files;
}

function endpointFile(name: string, { label, message, colour }: Badge): OutputFile {
  return jsonFile(paths.badgeEndpoint(name), {
    schemaVersion: 1,
    label,
    message,
    color: COLOURS[colour][1],
  });
}

function svgFile(name: string, badge: Badge): OutputFile {
  return { path: paths.badge(name), content: badgeSvg(badge) };
}

/** A flat badge, 20 px high, its width from the text at about 7 px a character of 11 px Verdana. */
export function badgeSvg({ label, message, colour }: Badge): string {
  const left = textWidth(label) + 10;
  const right = textWidth(message) + 10;
  const width = left + right;
  const title = escapeXml(`${label}: ${message}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${left}" height="20" fill="#555"/>`,
    `<rect x="${left}" width="${right}" height="20" fill="${COLOURS[colour][0]}"/>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${left / 2}" y="14">${escapeXml(label)}</text>`,
    `<text x="${left + right / 2}" y="14">${escapeXml(message)}</text>`,
    `</g>`,
    `</svg>`,
    "",
  ].join("\n");
}

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[ilI.,:;!|'1]/.test(char) ? 4 : /[mwMW%@]/.test(char) ? 10 : 7;
  return width;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `favicon.svg`: a disc in the colour of the overall status, so a tab shows it at a glance. */
export function faviconFile(history: History): OutputFile {
  const colour = COLOURS[TONES[history.status.indicator]][0];
  return {
    path: paths.favicon(),
    content: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="${colour}"/></svg>\n`,
  };
}
