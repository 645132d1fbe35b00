import { CONTENT_SECURITY_POLICY } from "../present/content-security-policy.ts";
import type { OutputFile } from "../write/output-file.ts";

const SHORT = "public, max-age=60";
const MEDIUM = "public, max-age=300";
const LONG = "public, max-age=3600";
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Path patterns and their headers. Netlify and Cloudflare Pages apply every
 * matching rule and join repeated headers, so no two patterns that match the
 * same path set the same header.
 */
export const HEADER_RULES: readonly { path: string; headers: Record<string, string> }[] = [
  {
    path: "/*",
    headers: {
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
    },
  },
  {
    path: "/api/*",
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Content-Type": "application/json; charset=utf-8",
    },
  },
  { path: "/api/v1/status.json", headers: { "Cache-Control": SHORT } },
  { path: "/api/v1/uptime.json", headers: { "Cache-Control": SHORT } },
  { path: "/api/v2/*", headers: { "Cache-Control": SHORT } },
  { path: "/api/v1/incidents.json", headers: { "Cache-Control": MEDIUM } },
  { path: "/api/v1/incidents/*", headers: { "Cache-Control": MEDIUM } },
  { path: "/api/v1/history.json", headers: { "Cache-Control": MEDIUM } },
  { path: "/api/v1/history/*", headers: { "Cache-Control": MEDIUM } },
  { path: "/api/v1/components.json", headers: { "Cache-Control": MEDIUM } },
  { path: "/api/v1/zones.json", headers: { "Cache-Control": MEDIUM } },
  { path: "/api/v1/schemas/*", headers: { "Cache-Control": LONG } },
  { path: "/badges/*", headers: { "Cache-Control": SHORT, "Access-Control-Allow-Origin": "*" } },
  { path: "/assets/*", headers: { "Cache-Control": IMMUTABLE } },
];

/** `_headers`, the response headers file of Netlify and Cloudflare Pages. */
export function headersFile(): OutputFile {
  const lines = [
    "# Response headers for hosts that read `_headers` (Netlify, Cloudflare Pages).",
    "# Written by `statusmark build`; see docs/api.md for other hosts.",
  ];
  for (const { path, headers } of HEADER_RULES) {
    lines.push("", path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return { path: "_headers", content: lines.join("\n") + "\n" };
}
