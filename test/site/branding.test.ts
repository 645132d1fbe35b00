import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProject, page, text } from "../support/built-site.ts";
import { emptyFolder } from "../support/sample-copy.ts";

const PROJECT = new URL("../fixtures/branded/", import.meta.url).pathname;
const temp = await emptyFolder();
let dir = "";
beforeAll(async () => {
  dir = await buildProject(PROJECT, join(temp.cwd, "site"), "2024-03-02T00:00:00Z");
});
afterAll(() => temp.remove());

describe("a site.yml with a logo, a home_url and a support_url", () => {
  it("copies the logo as it is under a fixed name and shows it in the header of every page", async () => {
    expect(await readFile(join(dir, "logo.svg"))).toEqual(
      await readFile(join(PROJECT, "incidents/Brand.SVG")),
    );
    const incident = await page(dir, "incidents/2024-03-01-api-slow/");
    const logo = incident.querySelector(".site-title img")!;
    expect([logo.getAttribute("src"), logo.getAttribute("alt")]).toEqual(["../../logo.svg", ""]);
    expect(text(incident.querySelector(".site-title"))).toBe("Branded status");
  });

  it("links the operator's site from the navigation and support from the footer", async () => {
    const home = await page(dir, "");
    const links = (selector: string) =>
      Array.from(home.querySelectorAll(selector), (a) => [text(a), a.getAttribute("href")]);
    expect(links("nav[aria-label=Site] a")).toEqual([
      ["Current status", "./"],
      ["History", "history/"],
      ["example.com", "https://example.com/"],
    ]);
    expect(links("footer a").at(0)).toEqual(["Contact support", "https://example.com/support"]);
  });
});
