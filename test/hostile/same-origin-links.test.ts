import { describe, expect, it } from "vitest";
import { buildHistory } from "../../src/model/history.ts";
import { PAGE_POLICY } from "../../src/present/content-security-policy.ts";
import { utcDateTime } from "../../src/model/time.ts";
import type { Incident, Site } from "../../src/model/types.ts";
import { rooted } from "../../src/model/urls.ts";
import { loadSiteAssets } from "../../src/load/assets.ts";
import { siteAssets } from "../../src/render/assets.ts";
import { sitePages } from "../../templates/site.tsx";
import { testComponent, testSite } from "../support/model.ts";

const NOW = utcDateTime("2022-06-11T12:00:00Z");

function siteAt(url: string): Site {
  return testSite({
    url,
    components: [testComponent("API")],
    zones: [{ id: "PAR", name: "Paris" }],
  });
}

const incident: Incident = {
  id: "2022-06-10-api-down",
  title: "API down",
  components: ["API"],
  zones: ["PAR"],
  start: utcDateTime("2022-06-10T05:23:00Z"),
  end: utcDateTime("2022-06-10T06:00:00Z"),
  scheduled: null,
  retroactive: false,
  impact: "major",
  statuspageId: null,
  updates: [
    {
      at: utcDateTime("2022-06-10T05:23:00Z"),
      text: "Down.",
      html: "<p>Down.</p>",
      status: "investigating",
      statusDerived: true,
    },
  ],
  durationSeconds: 2220,
};

/**
 * Every `href` and `src` of every page that a browser would load or follow
 * off the site's origin, and every page without its own policy.
 */
async function foreignLinks(site: Site): Promise<string[]> {
  const { origin } = new URL(site.url);
  const assets = await loadSiteAssets();
  const pages = sitePages(
    buildHistory(site, [incident], NOW),
    siteAssets(assets.css, assets.js).paths,
  );
  const foreign: string[] = [];
  for (const page of pages) {
    const file = page.path;
    // 404.html is served at any address: resolve its links from a page deep below the root.
    const at = file === "404.html" ? `${origin}/no/such/page` : site.url + file;
    const html = page.render();
    for (const [, url = ""] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
      if (new URL(url, at).origin !== origin) foreign.push(`${file}: ${url}`);
    }
    // For hosts that send no Content-Security-Policy header, the page carries its own.
    if (!html.includes(`<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}"/>`))
      foreign.push(`${file}: no Content-Security-Policy`);
  }
  return foreign;
}

describe("the pages' links", () => {
  it.each([
    // Refused by `check`, rendered anyway: the templates must not trust the model.
    "https://status.example.com//evil.example/",
    "https://status.example.com/\\evil.example/",
    "https://status.example.com/\\/evil.example/",
    // Accepted by `check`.
    "https://status.example.com/%2F%2Fevil.example/",
    "https://[::1]:8443/~ops/",
    "http://localhost:8080/",
  ])("stay on the site's own origin with the base URL %s", async (url) => {
    expect(await foreignLinks(siteAt(url))).toEqual([]);
  });
});

describe("links from the site's root path", () => {
  it("start with exactly one `/` whatever the base URL's path holds", () => {
    expect(rooted(siteAt("https://status.example.com/"), "assets/a.js")).toBe("/assets/a.js");
    expect(rooted(siteAt("https://status.example.com/status/"), "history/")).toBe(
      "/status/history/",
    );
    expect(rooted(siteAt("https://status.example.com//evil.example/"), "assets/a.js")).toBe(
      "/evil.example/assets/a.js",
    );
    expect(rooted(siteAt("https://status.example.com/\\evil.example/"), "")).toBe("/evil.example/");
  });
});
