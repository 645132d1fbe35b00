import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { emitApi } from "../support/api.ts";
import { sampleHistory } from "../support/api.ts";

/** The headers a `_headers` file gives a path: every matching rule, repeated names kept. */
function headersFor(file: string, path: string): [string, string][] {
  const result: [string, string][] = [];
  let matches = false;
  for (const line of file.split("\n")) {
    if (line.startsWith("#") || line === "") continue;
    if (!line.startsWith(" ")) {
      const pattern = new RegExp(
        "^" + line.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$",
      );
      matches = pattern.test(path);
    } else if (matches) {
      const [name, value] = line.trim().split(/: (.*)/) as [string, string];
      result.push([name, value]);
    }
  }
  return result;
}

const SECURITY: [string, string][] = [
  [
    "Content-Security-Policy",
    "default-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'",
  ],
  ["Referrer-Policy", "no-referrer"],
  ["X-Content-Type-Options", "nosniff"],
];

it("writes _headers for JSON, CORS, short status lifetimes and immutable assets", async () => {
  const files = emitApi(await sampleHistory());
  const headers = files.find((f) => f.path === "_headers")!.content;
  expect(headersFor(headers, "/api/v1/status.json")).toEqual([
    ...SECURITY,
    ["Access-Control-Allow-Origin", "*"],
    ["Content-Type", "application/json; charset=utf-8"],
    ["Cache-Control", "public, max-age=60"],
  ]);
  expect(headersFor(headers, "/api/v2/summary.json")).toContainEqual([
    "Cache-Control",
    "public, max-age=60",
  ]);
  expect(headersFor(headers, "/api/v1/incidents/2022-06-10-hypervisor-lost.json")).toContainEqual([
    "Cache-Control",
    "public, max-age=300",
  ]);
  expect(headersFor(headers, "/assets/style.3f2a9c1b.css")).toEqual([
    ...SECURITY,
    ["Cache-Control", "public, max-age=31536000, immutable"],
  ]);
  expect(headersFor(headers, "/index.html")).toEqual(SECURITY);
  expect(headersFor(headers, "/incidents/2022-06-10-hypervisor-lost/")).toEqual(SECURITY);
});

it("sets each header once, with a cache lifetime, on every API file", async () => {
  const files = emitApi(await sampleHistory());
  const headers = files.find((f) => f.path === "_headers")!.content;
  for (const file of files.filter((f) => f.path.startsWith("api/"))) {
    const names = headersFor(headers, "/" + file.path).map(([name]) => name);
    expect([file.path, names.sort()]).toEqual([
      file.path,
      [
        "Access-Control-Allow-Origin",
        "Cache-Control",
        "Content-Security-Policy",
        "Content-Type",
        "Referrer-Policy",
        "X-Content-Type-Options",
      ],
    ]);
  }
});

it("is shown in docs/api.md as it is written", async () => {
  const files = emitApi(await sampleHistory());
  const rules = files
    .find((f) => f.path === "_headers")!
    .content.split("\n")
    .filter((line) => !line.startsWith("#"))
    .join("\n")
    .trim();
  const docs = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
  expect(docs).toContain("```text\n" + rules + "\n```");
});
