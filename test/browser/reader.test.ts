import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import ical, { type VEvent } from "node-ical";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/commands/build.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { buildSample } from "../support/built-site.ts";
import { emptyFolder } from "../support/sample-copy.ts";
import { serve } from "./static-server.ts";
import { CONTENT_SECURITY_POLICY } from "../../src/present/content-security-policy.ts";

const axeScript = await readFile(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const screenshots = new URL("../../test-results/", import.meta.url).pathname;
const temp = await emptyFolder();
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const requested: string[] = [];
/** Every Content-Security-Policy violation a page reported, as `directive blocked-URL`. */
const violations: string[] = [];

/** Reports each CSP violation of the page as a console message, which `open` records. */
const REPORT_VIOLATIONS = `document.addEventListener("securitypolicyviolation", (e) =>
  console.error("CSP violation: " + e.effectiveDirective + " " + e.blockedURI));`;

beforeAll(async () => {
  site = await serve(await buildSample(join(temp.cwd, "site")));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await temp.remove();
});

interface Reader {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  timezoneId?: string;
  javaScriptEnabled?: boolean;
  /** The reader's clock, fixed: `2022-06-11T12:07:00Z`. */
  clock?: string;
}

/** Opens a page of the sample site as a reader would, recording every request it makes. */
async function open(
  path: string,
  reader: Reader = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: reader.viewport ?? { width: 1280, height: 900 },
    colorScheme: reader.colorScheme ?? "light",
    timezoneId: reader.timezoneId ?? "UTC",
    locale: "en-GB",
    javaScriptEnabled: reader.javaScriptEnabled ?? true,
  });
  await context.addInitScript(REPORT_VIOLATIONS);
  if (reader.clock) await context.clock.setFixedTime(new Date(reader.clock));
  const page = await context.newPage();
  page.on("request", (request) => requested.push(request.url()));
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/.test(message.text()))
      violations.push(`${path}: ${message.text()}`);
  });
  const response = await page.goto(site.url + path);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
  return { page, context };
}

async function visibleTexts(page: Page | Locator, selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
}

interface Violation {
  id: string;
  impact: string;
  targets: string[];
}

async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated by the browser itself, not as a `<script>` of the page, which the CSP refuses.
  await page.evaluate(axeScript);
  return page.evaluate(
    `axe.run().then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) })))`,
  );
}

describe("the home page in Chromium", () => {
  it("shows the status line, the components and the week's days", async () => {
    const { page, context } = await open("", { clock: "2022-06-11T12:07:00Z" });
    expect(await page.locator(".overall").innerText()).toBe(
      "All systems operational\n\nas of 12:00 UTC (7 minutes ago)",
    );
    expect(await visibleTexts(page, "#recent ~ .day h3")).toEqual([
      "Saturday 11 June 2022",
      "Friday 10 June 2022",
      "Thursday 9 June 2022",
      "Wednesday 8 June 2022",
      "Tuesday 7 June 2022",
      "Monday 6 June 2022",
      "Sunday 5 June 2022",
    ]);
    const quiet = page.locator(".day", { has: page.locator(".quiet") });
    expect(await visibleTexts(quiet, "h3")).toEqual([
      "Saturday 11 June 2022",
      "Sunday 5 June 2022",
    ]);
    expect(await visibleTexts(page, ".day .quiet")).toEqual([
      "No incidents reported.",
      "No incidents reported.",
    ]);
    await context.close();
  });

  it("shows where the incident that crossed midnight ended", async () => {
    const { page, context } = await open("");
    const incident = page.locator(".incident", {
      hasText: "Paris zone is experiencing network issues",
    });
    expect(await incident.locator(".meta").innerText()).toBe(
      "Cellar [PAR] · 19:30 UTC until Tue 7 June 00:00 UTC (4 h 30 min)",
    );
    await context.close();
  });

  it("shows an incident's latest update and reaches the earlier ones from the keyboard", async () => {
    const { page, context } = await open("");
    const incident = page.locator(".incident", { hasText: "An hypervisor has been lost" });
    expect(await incident.locator(".timeline li").innerText()).toBe(
      "Resolved · 09:10 UTC\n\nEverything is back to normal and the incident is over. We will keep looking into the cause of the hardware failure.",
    );
    await incident.getByRole("link", { name: "6 earlier updates" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/incidents\/2022-06-10-hypervisor-lost\/$/);
    expect(await page.locator(".timeline li").count()).toBe(7);
    await context.close();
  });

  it("reads the same without JavaScript, says times are UTC and shows no switch", async () => {
    const { page, context } = await open("", {
      javaScriptEnabled: false,
      timezoneId: "Europe/Paris",
    });
    expect(await page.locator(".overall").innerText()).toBe(
      "All systems operational\n\nas of Saturday 11 June 2022, 12:00 UTC",
    );
    expect(await page.locator("footer .times").innerText()).toBe("Times are UTC.");
    expect(await page.locator("button").count()).toBe(0);
    await context.close();
  });

  it("prints the latest updates and leaves the navigation out, without script", async () => {
    const { page, context } = await open("history/2022/06/", { javaScriptEnabled: false });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".timeline").first().isVisible()).toBe(true);
    expect(await page.locator("header nav").isVisible()).toBe(false);
    await context.close();
  });

  it("fits a 360 px wide screen without sideways scrolling", async () => {
    const { page, context } = await open("", { viewport: { width: 360, height: 780 } });
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBe(360);
    await context.close();
  });
});

describe("an incident page in Chromium", () => {
  it("shows the retroactive badge", async () => {
    const { page, context } = await open("incidents/2022-06-07-addon-proxy-unreachable/");
    const badge = page.getByText("Retroactive: posted after it was over");
    expect(await badge.isVisible()).toBe(true);
    await context.close();
  });

  it("shows the end of the incident that crossed midnight on the next day", async () => {
    const { page, context } = await open("incidents/2022-06-06-paris-network/");
    expect(await visibleTexts(page, ".facts dt, .facts dd")).toEqual([
      "Status",
      "Resolved",
      "Affected",
      "Cellar [PAR]",
      "Start",
      "Monday 6 June 2022, 19:30 UTC",
      "End",
      "Tuesday 7 June 2022, 00:00 UTC",
      "Duration",
      "4 h 30 min",
    ]);
    await context.close();
  });
});

describe("the maintenance calendar", () => {
  it("is linked from every page and holds the Unique IP window", async () => {
    const { page, context } = await open("");
    const link = page.getByRole("link", { name: "maintenance calendar (iCalendar)" });
    const response = await page.request.get(
      new URL((await link.getAttribute("href"))!, page.url()).href,
    );
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const events = Object.values(ical.sync.parseICS(await response.text())).filter(
      (c): c is VEvent => c !== undefined && c.type === "VEVENT",
    );
    expect(events.map((e) => [e.summary, e.start.toISOString(), e.end?.toISOString()])).toEqual([
      [
        "Unique IP service planned unavailability (Unique IP [PAR])",
        "2022-06-07T20:00:00.000Z",
        "2022-06-07T20:30:00.000Z",
      ],
    ]);
    await context.close();
  });
});

describe("uptime bars in Chromium", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 360]) {
      it(`shows a day's tip when its incident link takes focus, inside the screen, ${colorScheme} at ${width} px`, async () => {
        const { page, context } = await open("components/cellar/", {
          viewport: { width, height: 800 },
          colorScheme,
        });
        const cell = page.locator(".bar > li", { hasText: "Monday 6 June 2022" });
        const tip = cell.locator(".tip");
        expect(await tip.boundingBox()).toMatchObject({ width: 1, height: 1 });
        await cell.locator("a").focus();
        expect(await tip.innerText()).toBe(
          "Monday 6 June 2022: 1 h 21 min of downtime; Paris zone is experiencing network issues",
        );
        const box = (await tip.boundingBox())!;
        expect(box.width).toBeGreaterThan(100);
        expect([box.x >= 0, box.x + box.width <= width]).toEqual([true, true]);
        expect(await page.evaluate("document.documentElement.scrollWidth")).toBe(width);
        await context.close();
      });
    }
  }

  it("fills each cell with the colour of its day's downtime", async () => {
    const { page, context } = await open("components/cellar/");
    const colour = (day: string) =>
      page
        .locator(".bar > li", { hasText: day })
        .evaluate((li) => getComputedStyle(li).backgroundColor);
    expect(await colour("Monday 6 June 2022")).toBe("rgb(224, 100, 11)");
    expect(await colour("Tuesday 7 June 2022")).toBe("rgb(46, 139, 87)");
    expect(await colour("Sunday 5 June 2022")).toBe("rgb(201, 201, 201)");
    await context.close();
  });
});

describe("the switch between UTC and the reader's time", () => {
  const paris = { timezoneId: "Europe/Paris", clock: "2022-06-11T12:07:00Z" };

  it("is off by default: times stay UTC, and the banner says how long ago it was built", async () => {
    const { page, context } = await open("", paris);
    expect(await page.locator(".as-of").innerText()).toBe("as of 12:00 UTC (7 minutes ago)");
    expect(await page.locator(".as-of time").getAttribute("title")).toBe(
      "Saturday 11 June 2022, 12:00 UTC",
    );
    expect(await page.locator("footer .times").innerText()).toBe("Times are UTC. Show my time");
    const button = page.getByRole("button", { name: "Show my time" });
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    const incident = page.locator(".incident", { hasText: "Paris zone is experiencing" });
    expect(await incident.locator(".when").innerText()).toBe(
      "19:30 UTC until Tue 7 June 00:00 UTC (4 h 30 min)",
    );
    await context.close();
  });

  it("shows every time in the reader's zone when pressed, keeps UTC in the title, and is remembered", async () => {
    const { page, context } = await open("", paris);
    await page.getByRole("button", { name: "Show my time" }).click();
    expect(await page.locator("footer .times").innerText()).toBe(
      "Times are in your time zone (Europe/Paris). Show my time",
    );
    expect(await page.locator(".as-of").innerText()).toBe("as of 14:00 CEST (7 minutes ago)");
    const incident = page.locator(".incident", { hasText: "Paris zone is experiencing" });
    expect(await incident.locator(".when").innerText()).toBe(
      "21:30 CEST until Tue 7 Jun, 02:00 CEST (4 h 30 min)",
    );
    expect(await incident.locator(".when time").first().getAttribute("title")).toBe("19:30 UTC");
    const lost = page.locator(".incident", { hasText: "An hypervisor has been lost" });
    expect(await lost.locator(".timeline .at").innerText()).toBe("Resolved · 11:10 CEST");

    await page.goto(page.url().replace(/[^/]*$/, "incidents/2022-06-06-paris-network/"));
    const button = page.getByRole("button", { name: "Show my time" });
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    expect(await visibleTexts(page, ".facts dd time")).toEqual([
      "Monday, 6 June 2022 at 21:30 CEST",
      "Tuesday, 7 June 2022 at 02:00 CEST",
    ]);
    await button.click();
    expect(await visibleTexts(page, ".facts dd time")).toEqual([
      "Monday 6 June 2022, 19:30 UTC",
      "Tuesday 7 June 2022, 00:00 UTC",
    ]);
    expect(await page.locator(".facts dd time[title]").count()).toBe(0);
    expect(await page.locator("footer .times").innerText()).toBe("Times are UTC. Show my time");
    await page.reload();
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    await context.close();
  });

  for (const [clock, said] of [
    ["2022-06-11T12:00:30Z", "just now"],
    ["2022-06-11T12:01:00Z", "1 minute ago"],
    ["2022-06-11T15:05:00Z", "3 hours ago"],
    ["2022-06-13T11:00:00Z", "47 hours ago"],
    ["2022-06-14T12:00:00Z", "3 days ago"],
  ] as const) {
    it(`says the build was ${said} by a reader's clock at ${clock}`, async () => {
      const { page, context } = await open("", { clock });
      expect(await page.locator(".as-of").innerText()).toBe(`as of 12:00 UTC (${said})`);
      await context.close();
    });
  }

  it("is not offered to a reader whose zone is UTC", async () => {
    const { page, context } = await open("", { clock: "2022-06-11T12:07:00Z" });
    expect(await page.locator("footer .times").innerText()).toBe("Times are UTC.");
    expect(await page.locator("button").count()).toBe(0);
    await context.close();
  });
});

describe("the year page in Chromium", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 360]) {
      it(`shows June 2022's days in weeks from Monday, coloured, without sideways scrolling, ${colorScheme} at ${width} px`, async () => {
        const { page, context } = await open("history/2022/", {
          viewport: { width, height: 800 },
          colorScheme,
        });
        const cells = page.locator(".cal > li");
        expect(await cells.count()).toBe(11);
        const box = async (n: number) => (await cells.nth(n).boundingBox())!;
        // 1 June 2022 is a Wednesday: third column; 6 June, a Monday, starts the next row.
        const [first, sixth, seventh] = [await box(0), await box(5), await box(6)];
        expect(sixth.y).toBeGreaterThan(first.y);
        expect(sixth.x).toBeLessThan(first.x);
        expect(seventh.y).toBe(sixth.y);
        const colour = (n: number) =>
          cells.nth(n).evaluate((li) => getComputedStyle(li).backgroundColor);
        expect([await colour(5), await colour(6), await colour(9)]).toEqual([
          "rgb(181, 71, 8)",
          "rgb(138, 97, 0)",
          "rgb(181, 71, 8)",
        ]);
        expect(await page.evaluate("document.documentElement.scrollWidth")).toBe(width);
        await context.close();
      });
    }
  }

  it("takes a reader from a day to that day on the month's page, from the keyboard", async () => {
    const { page, context } = await open("history/2022/");
    const day = page.getByRole("link", {
      name: "Friday 10 June 2022: 1 incident, worst: major impact",
    });
    await day.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/history\/2022\/06\/#day-2022-06-10$/);
    expect(await page.locator("#day-2022-06-10").isVisible()).toBe(true);
    await context.close();
  });
});

describe("component and zone pages in Chromium", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 360]) {
      it(`list their latest incidents, a zone its components, without sideways scrolling, ${colorScheme} at ${width} px`, async () => {
        const reader = { viewport: { width, height: 800 }, colorScheme };
        const zone = await open("zones/PAR/", reader);
        expect(await visibleTexts(zone.page, "#zone-components ~ ul a")).toEqual([
          "Infrastructure",
          "Reverse Proxies",
          "Unique IP",
          "Cellar",
        ]);
        expect(await zone.page.locator("section[aria-labelledby=latest] .incident").count()).toBe(
          5,
        );
        expect(await zone.page.evaluate("document.documentElement.scrollWidth")).toBe(width);
        await zone.context.close();
        const cellar = await open("components/cellar/", reader);
        expect(await visibleTexts(cellar.page, "section[aria-labelledby=latest] h4")).toEqual([
          "Paris zone is experiencing network issues",
        ]);
        expect(await cellar.page.evaluate("document.documentElement.scrollWidth")).toBe(width);
        await cellar.context.close();
      });
    }
  }
});

describe("accessibility (axe-core)", () => {
  const pages = [
    "",
    "history/2022/06/",
    "incidents/2022-06-07-unique-ip-maintenance/",
    "components/cellar/",
    "zones/PAR/",
    "history/",
    "history/2022/",
  ];
  for (const colorScheme of ["light", "dark"] as const) {
    for (const path of pages) {
      it(`finds no violation on /${path} in ${colorScheme} mode`, async () => {
        const { page, context } = await open(path, { colorScheme });
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});

describe("what the reader's browser loads", () => {
  it("never leaves the site: no web fonts, no third-party requests", () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(site.url))).toEqual([]);
  });

  it("needs nothing the Content-Security-Policy of `_headers` refuses", () => {
    expect(violations).toEqual([]);
  });
});

describe("an incident with an image from another site", () => {
  it("shows a link to it, the browser requests nothing from that site, and the CSP refuses such an image anyway", async () => {
    const incidents = join(temp.cwd, "remote/incidents");
    await mkdir(incidents, { recursive: true });
    await writeFile(
      join(incidents, "site.yml"),
      "title: Status\nurl: https://status.example.com/\ncomponents:\n  - Mails\n",
    );
    await writeFile(
      join(incidents, "2022-06-10-mails.md"),
      "---\ncomponent: Mails\nstart: 2022-06-10 05:23\n---\n# Mails are late\n\n![the queue graph](http://127.0.0.2:9/pixel.png)\n",
    );
    const built = await build({
      cwd: join(temp.cwd, "remote"),
      incidents: "incidents",
      out: "site",
      now: utcDateTime("2022-06-11T12:00:00Z"),
    });
    const remote = await serve(built.out!);
    const context = await browser.newContext();
    await context.addInitScript(REPORT_VIOLATIONS);
    const page = await context.newPage();
    const urls: string[] = [];
    const messages: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    page.on("console", (message) => {
      if (/Content Security Policy|CSP violation/.test(message.text()))
        messages.push(message.text());
    });
    await page.goto(`${remote.url}incidents/2022-06-10-mails/`);
    const link = page.getByRole("link", { name: "the queue graph" });
    expect(await link.getAttribute("href")).toBe("http://127.0.0.2:9/pixel.png");
    expect(await page.locator("main img").count()).toBe(0);
    expect(urls.filter((url) => !url.startsWith(remote.url))).toEqual([]);
    expect(messages).toEqual([]);

    const refused = page.waitForEvent("console", (m) => m.text().startsWith("CSP violation"));
    await page.evaluate(`document.querySelector("main").append(Object.assign(
      document.createElement("img"), { src: "http://127.0.0.2:9/injected.png" }))`);
    expect((await refused).text()).toBe("CSP violation: img-src http://127.0.0.2:9/injected.png");
    await context.close();
    await remote.close();
  });
});

describe("screenshots", () => {
  it("saves the home page, an incident page, a component and the year at desktop width and at 360 px, and a month in dark mode", async () => {
    const shots = [
      ["home-desktop.png", "", { width: 1280, height: 900 }],
      ["home-360.png", "", { width: 360, height: 780 }],
      ["incident-desktop.png", "incidents/2022-06-06-paris-network/", { width: 1280, height: 900 }],
      ["incident-360.png", "incidents/2022-06-06-paris-network/", { width: 360, height: 780 }],
      ["month-dark-desktop.png", "history/2022/06/", { width: 1280, height: 900 }],
      ["component-desktop.png", "components/cellar/", { width: 1280, height: 900 }],
      ["component-dark-360.png", "components/cellar/", { width: 360, height: 780 }],
      ["year-desktop.png", "history/2022/", { width: 1280, height: 900 }],
      ["year-dark-360.png", "history/2022/", { width: 360, height: 780 }],
    ] as const;
    for (const [name, path, viewport] of shots) {
      const colorScheme = name.includes("dark") ? "dark" : "light";
      const { page, context } = await open(path, { viewport, colorScheme });
      await page.screenshot({ path: join(screenshots, name), fullPage: true });
      await context.close();
      expect((await readFile(join(screenshots, name))).subarray(1, 4).toString()).toBe("PNG");
    }
  });
});
