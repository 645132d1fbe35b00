import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/commands/build.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { generateHistory, writeHistory } from "../support/generate-history.ts";
import { emptyFolder } from "../support/sample-copy.ts";
import { serve } from "./static-server.ts";

// The month of test/site/dense-month.test.ts: 600 incidents with long updates in
// October 2026, split into weeks, and so is each of its 3 components' Octobers.
const axeScript = await readFile(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const temp = await emptyFolder();
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  await writeHistory(
    join(temp.cwd, "incidents"),
    generateHistory({
      count: 600,
      end: "2026-10-31T12:00:00Z",
      years: 0.082,
      bodyBytes: 2048,
      componentCount: 3,
    }),
  );
  const built = await build({
    cwd: temp.cwd,
    incidents: "incidents",
    out: "site",
    now: utcDateTime("2026-11-01T12:00:00Z"),
  });
  site = await serve(built.out!);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await temp.remove();
});

async function open(
  path: string,
  options: { width?: number; colorScheme?: "light" | "dark"; javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    timezoneId: "UTC",
    locale: "en-GB",
  });
  const page = await context.newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status()).toBe(200);
  return page;
}

describe("a month split into weeks, in Chromium", () => {
  it("leads from a day of the month to its week, and from week to week, from the keyboard", async () => {
    const page = await open("history/2026/10/");
    await page.getByRole("link", { name: "Saturday 31 October 2026" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/history\/2026\/10\/29-31\/#day-2026-10-31$/);
    expect(await page.locator("h1").innerText()).toBe("29–31 October 2026");
    expect(await page.locator("#day-2026-10-31").isVisible()).toBe(true);
    await page
      .getByRole("navigation", { name: "Pages of October 2026", exact: true })
      .getByRole("link")
      .focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/history\/2026\/10\/22-28\/$/);
    expect(await page.locator("h1").innerText()).toBe("22–28 October 2026");
    expect(
      await page
        .getByRole("navigation", { name: "Pages of October 2026", exact: true })
        .getByRole("link")
        .allInnerTexts(),
    ).toEqual(["← 15–21 October 2026", "29–31 October 2026 →"]);
    await page.getByRole("link", { name: "October 2026", exact: true }).click();
    await page.waitForURL(/\/history\/2026\/10\/$/);
    await page.context().close();
  });

  it("lands on the week of an incident from its page's link to its day", async () => {
    const page = await open("history/2026/10/15-21/");
    await page.locator(".incident h3 a").first().click();
    const back = page.getByRole("link", { name: / in the history$/ });
    const day = (await back.innerText()).replace(" in the history", "");
    await back.click();
    await page.waitForURL(/\/history\/2026\/10\/#day-2026-10-\d\d$/);
    await page.locator(":target a").first().click();
    await page.waitForURL(/\/history\/2026\/10\/15-21\/#day-2026-10-\d\d$/);
    expect(await page.locator(":target").innerText()).toBe(day);
    await page.context().close();
  });

  it("reads the same without JavaScript", async () => {
    const page = await open("history/2026/10/08-14/", { javaScriptEnabled: false });
    expect(await page.locator("h1").innerText()).toBe("8–14 October 2026");
    expect(await page.locator(".day h2").first().innerText()).toBe("Wednesday 14 October 2026");
    expect(await page.locator(".incident").first().locator(".timeline .at").isVisible()).toBe(true);
    await page.context().close();
  });

  for (const path of [
    "history/2026/10/",
    "history/2026/10/08-14/",
    "components/api/2026/10/22-28/",
  ]) {
    it(`fits 360 px without sideways scrolling: /${path}`, async () => {
      const page = await open(path, { width: 360 });
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBe(360);
      await page.context().close();
    });

    for (const colorScheme of ["light", "dark"] as const) {
      it(`finds no axe violation on /${path} in ${colorScheme} mode`, async () => {
        const page = await open(path, { colorScheme });
        await page.evaluate(axeScript);
        const violations = await page.evaluate(
          `axe.run().then((r) => r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) })))`,
        );
        expect(violations).toEqual([]);
        await page.context().close();
      });
    }
  }
});
