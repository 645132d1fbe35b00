import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSample, listFiles, page, text, texts } from "../support/built-site.ts";
import { emptyFolder } from "../support/sample-copy.ts";
import { utcDateTime } from "../../src/model/time.ts";

const temp = await emptyFolder();
let dir = "";
beforeAll(async () => {
  dir = await buildSample(join(temp.cwd, "site"));
});
afterAll(() => temp.remove());

describe("the home page of the sample, as of Saturday 11 June 2022 12:00 UTC", () => {
  it("says all is well, as of the build's time", async () => {
    const home = await page(dir, "");
    expect(text(home.querySelector("title"))).toBe("Current status · Example Cloud status");
    // The site's title is in the header; the page's one heading is the status.
    expect(texts(home, "h1")).toEqual(["All systems operational"]);
    expect(text(home.querySelector(".site-title"))).toBe("Example Cloud status");
    expect(text(home.querySelector(".overall"))).toBe(
      "All systems operational as of Saturday 11 June 2022, 12:00 UTC",
    );
  });

  it("lists every component under its group with its state, groups collapsed while all is well", async () => {
    const home = await page(dir, "");
    expect(
      Array.from(
        home.querySelectorAll("#components ~ * h3, #components ~ h3, .components > li"),
        (e) =>
          e.tagName === "H3"
            ? `${text(e)}${e.closest("details") ? ` (group: ${text(e.closest("details")!.querySelector("summary .state"))})` : ""}`
            : `${text(e.querySelector("a"))} ${text(e.querySelector(".state"))}`,
      ),
    ).toEqual([
      "Platform (group: Operational)",
      "Infrastructure Operational",
      "Deployments Operational",
      "Network (group: Operational)",
      "Reverse Proxies Operational",
      "Unique IP Operational",
      "Services (group: Operational)",
      "Mails Operational",
      "Add-ons (group: Operational)",
      "Pulsar Operational",
      "Cellar Operational",
      "Zones",
      "Paris [PAR] Operational",
    ]);
    expect(home.querySelectorAll("details.group[open]")).toHaveLength(0);
  });

  it("has no ongoing incident and no maintenance to come", async () => {
    const home = await page(dir, "");
    expect(home.querySelector("#ongoing")).toBeNull();
    expect(texts(home, "section[aria-labelledby=upcoming] > *")).toEqual([
      "Upcoming maintenance",
      "No maintenance scheduled.",
    ]);
  });

  it("heads each of the last 7 days, newest first, quiet days included", async () => {
    const home = await page(dir, "");
    expect(
      Array.from(home.querySelectorAll("#recent ~ .day"), (day) => [
        text(day.querySelector("h3")),
        texts(day, "h4, .quiet"),
      ]),
    ).toEqual([
      ["Saturday 11 June 2022", ["No incidents reported."]],
      ["Friday 10 June 2022", ["An hypervisor has been lost"]],
      ["Thursday 9 June 2022", ["Mails delivery issues"]],
      [
        "Wednesday 8 June 2022",
        [
          "Random 503 unavailable errors on public reverse proxies",
          "A hypervisor is down",
          "Deployments are experiencing issues",
        ],
      ],
      [
        "Tuesday 7 June 2022",
        [
          "Unique IP service planned unavailability",
          "An add-on reverse proxy was unreachable",
          "Service instabilities",
        ],
      ],
      ["Monday 6 June 2022", ["Paris zone is experiencing network issues"]],
      ["Sunday 5 June 2022", ["No incidents reported."]],
    ]);
  });

  it("lists the midnight-spanning incident on the day it started, until the next day", async () => {
    const home = await page(dir, "");
    const monday = home.querySelector("section[aria-labelledby=day-2022-06-06]");
    expect(texts(monday!, ".incident .meta, .incident .badge")).toEqual([
      "Cellar [PAR] · 19:30 UTC until Tue 7 June 00:00 UTC (4 h 30 min)",
      "Major impact",
      "Resolved",
    ]);
  });

  it("shows each listed incident's latest update with its status, and links to the earlier ones", async () => {
    const home = await page(dir, "");
    const monday = home.querySelector("section[aria-labelledby=day-2022-06-06] .incident")!;
    expect(monday.className).toBe("incident impact-major");
    expect(texts(monday, ".timeline .at, .timeline .text")).toEqual([
      "Resolved · Tue 7 June 00:00 UTC",
      "Everything is back to normal.",
    ]);
    expect(monday.querySelector("details")).toBeNull();
    const more = monday.querySelector(".more a")!;
    expect([text(more), more.getAttribute("href")]).toEqual([
      "3 earlier updates",
      "incidents/2022-06-06-paris-network/",
    ]);
    const pulsar = Array.from(home.querySelectorAll(".incident")).find(
      (incident) => text(incident.querySelector("h4")) === "Service instabilities",
    )!;
    expect(texts(pulsar, ".timeline .at, .more")).toEqual([
      "Resolved · Time not given",
      "1 earlier update",
    ]);
  });

  it("labels the retroactive post and the announced maintenance", async () => {
    const home = await page(dir, "");
    const tuesday = home.querySelector("section[aria-labelledby=day-2022-06-07]");
    expect(
      Array.from(tuesday!.querySelectorAll(".incident"), (incident) => [
        text(incident.querySelector(".meta")),
        texts(incident, ".badge"),
      ]),
    ).toEqual([
      [
        "Unique IP [PAR] · 20:00 UTC to 20:30 UTC (30 min)",
        ["Maintenance", "Completed", "Scheduled, announced 3 weeks before"],
      ],
      [
        "Reverse Proxies [PAR] · 14:45 UTC to 14:48 UTC (3 min)",
        ["Minor impact", "Resolved", "Retroactive: posted after it was over"],
      ],
      ["Pulsar · 10:12 UTC to 12:00 UTC (1 h 48 min)", ["Minor impact", "Resolved"]],
    ]);
  });
});

describe("the home page at other times of the sample week", () => {
  it("shows the lost hypervisor while it lasts, with the updates posted so far", async () => {
    const out = await buildSample(join(temp.cwd, "during"), utcDateTime("2022-06-10T06:30:00Z"));
    const home = await page(out, "");
    expect(text(home.querySelector(".overall"))).toBe(
      "Partial service outage as of Friday 10 June 2022, 06:30 UTC",
    );
    expect(texts(home, ".components .state").filter((s) => s !== "Operational")).toEqual([
      "Partial outage",
      "Partial outage",
    ]);
    expect(texts(home, ".components > li > a:first-child")[0]).toBe("Infrastructure");
    expect(text(home.querySelector(".zones .state"))).toBe("Partial outage");
    // The group of a component in trouble is open, with its worst member's state.
    expect(texts(home, "details.group[open] > summary")).toEqual(["Platform Partial outage"]);
    expect(texts(home, "main h2")).toEqual([
      "Ongoing",
      "Components",
      "Upcoming maintenance",
      "Last 7 days",
    ]);
    const ongoing = home.querySelector("section[aria-labelledby=ongoing]")!;
    expect(texts(ongoing, "h2, h3, .meta, .badge, .timeline .at")).toEqual([
      "Ongoing",
      "An hypervisor has been lost",
      "Infrastructure [PAR] · since 05:23 UTC, ongoing",
      "Major impact",
      "Ongoing",
      "Identified · 06:23 UTC",
      "Identified · 06:04 UTC",
      "Investigating · 05:23 UTC",
    ]);
    expect(ongoing.querySelector("details")).toBeNull();
  });

  it("announces the Unique IP maintenance before it starts", async () => {
    const out = await buildSample(join(temp.cwd, "before"), utcDateTime("2022-06-02T08:00:00Z"));
    const home = await page(out, "");
    expect(text(home.querySelector(".overall"))).toBe(
      "All systems operational as of Thursday 2 June 2022, 08:00 UTC",
    );
    expect(texts(home, ".upcoming li")).toEqual([
      "Unique IP service planned unavailability Tuesday 7 June 2022, 20:00 UTC to 20:30 UTC (30 min), in 5 days Unique IP [PAR] · announced 17 May",
    ]);
    expect(home.querySelectorAll(".upcoming strong")).toHaveLength(1);
    // Its first post is its announcement, dated when it was made.
    const maintenance = await page(out, "incidents/2022-06-07-unique-ip-maintenance/");
    expect(texts(maintenance, ".timeline .at")).toEqual(["Scheduled · Tue 17 May 09:00 UTC"]);
  });
});

describe("the month pages", () => {
  it("lists every year, then every month, with its number of incidents", async () => {
    const history = await page(dir, "history/");
    expect(texts(history, "h1, h2, .month-index li")).toEqual([
      "History",
      "By year",
      "2022: 9 incidents",
      "By month",
      "June 2022: 9 incidents",
    ]);
    expect(
      Array.from(history.querySelectorAll(".month-index a"), (a) => a.getAttribute("href")),
    ).toEqual(["2022/", "2022/06/"]);
  });

  it("shows 2022 from June, where the history starts, to the build's day", async () => {
    const year = await page(dir, "history/2022/");
    expect(texts(year, "main > p, main h1, .cal-month > h2, .cal-month > p")).toEqual([
      "History",
      "2022",
      "Incidents this year: 9",
      "The history starts in June 2022.",
      "June 2022",
      "9 incidents",
    ]);
    expect(
      Array.from(year.querySelectorAll(".cal a"), (a) => [
        text(a.querySelector(".sr")),
        a.getAttribute("href"),
      ]),
    ).toEqual([
      ["Monday 6 June 2022: 1 incident, worst: major impact", "06/#day-2022-06-06"],
      ["Tuesday 7 June 2022: 3 incidents, worst: minor impact", "06/#day-2022-06-07"],
      ["Wednesday 8 June 2022: 3 incidents, worst: major impact", "06/#day-2022-06-08"],
      ["Thursday 9 June 2022: 1 incident, worst: minor impact", "06/#day-2022-06-09"],
      ["Friday 10 June 2022: 1 incident, worst: major impact", "06/#day-2022-06-10"],
    ]);
    expect(year.querySelectorAll(".cal > li")).toHaveLength(11);
  });

  it("shows the days of June 2022 up to the build's day, newest first, a run of quiet days said once", async () => {
    const june = await page(dir, "history/2022/06/");
    expect(text(june.querySelector("title"))).toBe("June 2022 · Example Cloud status");
    expect(texts(june, "main > h1, main > p")).toEqual([
      "2022",
      "June 2022",
      "Incidents this month: 9",
    ]);
    expect(june.querySelector(".up a")?.getAttribute("href")).toBe("../");
    expect(texts(june, ".day h2")).toEqual([
      "Saturday 11 June 2022",
      "Friday 10 June 2022",
      "Thursday 9 June 2022",
      "Wednesday 8 June 2022",
      "Tuesday 7 June 2022",
      "Monday 6 June 2022",
      "1–5 June 2022",
    ]);
    expect(texts(june, ".day .quiet")).toEqual([
      "No incidents reported.",
      "No incidents reported.",
    ]);
    expect(june.querySelector("nav.months")).toBeNull();
  });
});

describe("an incident page", () => {
  it("gives the midnight-spanning incident's start, end, duration and timeline in UTC", async () => {
    const incident = await page(dir, "incidents/2022-06-06-paris-network/");
    expect(text(incident.querySelector("h1"))).toBe("Paris zone is experiencing network issues");
    expect(texts(incident, ".facts dt, .facts dd")).toEqual([
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
    expect(
      Array.from(incident.querySelectorAll(".timeline li"), (li) => [
        text(li.querySelector(".at")),
        li.querySelector("time")?.getAttribute("datetime"),
      ]),
    ).toEqual([
      ["Resolved · Tue 7 June 00:00 UTC", utcDateTime("2022-06-07T00:00:00Z")],
      ["Monitoring · 20:00 UTC", utcDateTime("2022-06-06T20:00:00Z")],
      ["Identified · 19:40 UTC", utcDateTime("2022-06-06T19:40:00Z")],
      ["Investigating · 19:30 UTC", utcDateTime("2022-06-06T19:30:00Z")],
    ]);
    // Newest first; the label is shown once, beside the time, and not repeated in the text.
    expect(text(incident.querySelector(".timeline li:first-child .text"))).toBe(
      "Everything is back to normal.",
    );
  });

  it("labels a retroactive incident", async () => {
    const incident = await page(dir, "incidents/2022-06-07-addon-proxy-unreachable/");
    expect(texts(incident, ".badge")).toEqual([
      "Minor impact",
      "Retroactive: posted after it was over",
    ]);
  });

  it("says how long before its start a maintenance was announced", async () => {
    const incident = await page(dir, "incidents/2022-06-07-unique-ip-maintenance/");
    expect(texts(incident, ".badge")).toEqual([
      "Maintenance",
      "Scheduled, announced 3 weeks before",
    ]);
    expect(text(incident.querySelector(".facts dd"))).toBe("Completed");
  });

  it("shows an update posted without a time as such", async () => {
    const incident = await page(dir, "incidents/2022-06-07-pulsar-instabilities/");
    expect(texts(incident, ".timeline .at")).toEqual([
      "Resolved · Time not given",
      "Investigating · 10:12 UTC",
    ]);
  });

  it("links to its day in the month's page", async () => {
    const incident = await page(dir, "incidents/2022-06-10-hypervisor-lost/");
    const link = Array.from(incident.querySelectorAll("main a")).at(-1)!;
    expect([text(link), link.getAttribute("href")]).toEqual([
      "Friday 10 June 2022 in the history",
      "../../history/2022/06/#day-2022-06-10",
    ]);
  });
});

describe("the pages of a component and a zone", () => {
  it("gives a component's state, its latest incidents and its months", async () => {
    const cellar = await page(dir, "components/cellar/");
    expect(
      texts(cellar, "main > :not(section), main h2, main h3, main h4, .uptime-figure, .meta"),
    ).toEqual([
      "Cellar",
      "S3-compatible object storage.",
      "Operational",
      "Uptime",
      // A partial outage, 6 June 19:30 to midnight: 270 min at 30 % of 5.5 days from 6 June.
      "98.97% available over the last 90 days",
      "Latest incidents",
      "Monday 6 June 2022",
      "Paris zone is experiencing network issues",
      "Cellar [PAR] · 19:30 UTC until Tue 7 June 00:00 UTC (4 h 30 min)",
      "Incidents by month",
      "June 2022: 1 incident",
    ]);
    expect(
      cellar.querySelector("section[aria-labelledby=latest] .more a")?.getAttribute("href"),
    ).toBe("../../incidents/2022-06-06-paris-network/");
  });

  it("lists only the days of a month with the component's incidents", async () => {
    const month = await page(dir, "components/reverse-proxies/2022/06/");
    expect(texts(month, "h1, h2, h3")).toEqual([
      "Reverse Proxies, June 2022",
      "Wednesday 8 June 2022",
      "Random 503 unavailable errors on public reverse proxies",
      "Tuesday 7 June 2022",
      "An add-on reverse proxy was unreachable",
    ]);
  });

  it("gives a zone's state, the components its incidents named, its 5 latest incidents and its months", async () => {
    const zone = await page(dir, "zones/PAR/");
    expect(texts(zone, "h1, .overall, h2, #zone-components ~ p, .month-index li")).toEqual([
      "Paris [PAR]",
      "Operational",
      "Uptime",
      "Components",
      "Components that incidents in this zone named.",
      "Latest incidents",
      "Incidents by month",
      "June 2022: 5 incidents",
    ]);
    expect(
      Array.from(zone.querySelectorAll("section[aria-labelledby=zone-components] li"), (li) => [
        text(li),
        li.querySelector("a")?.getAttribute("href"),
      ]),
    ).toEqual([
      ["Infrastructure Operational", "../../components/infrastructure/"],
      ["Reverse Proxies Operational", "../../components/reverse-proxies/"],
      ["Unique IP Operational", "../../components/unique-ip/"],
      ["Cellar Operational", "../../components/cellar/"],
    ]);
    const latest = zone.querySelector("section[aria-labelledby=latest]")!;
    expect(
      Array.from(latest.querySelectorAll(".day"), (day) => [
        text(day.querySelector("h3")),
        Array.from(day.querySelectorAll(".incident"), (incident) =>
          texts(incident, "h4, .badge, .timeline .at, .more"),
        ),
      ]),
    ).toEqual([
      [
        "Friday 10 June 2022",
        [
          [
            "An hypervisor has been lost",
            "Major impact",
            "Resolved",
            "Resolved · 09:10 UTC",
            "6 earlier updates",
          ],
        ],
      ],
      [
        "Wednesday 8 June 2022",
        [
          [
            "Random 503 unavailable errors on public reverse proxies",
            "Minor impact",
            "Resolved",
            "Resolved · 21:40 UTC",
            "2 earlier updates",
          ],
        ],
      ],
      [
        "Tuesday 7 June 2022",
        [
          [
            "Unique IP service planned unavailability",
            "Maintenance",
            "Completed",
            "Scheduled, announced 3 weeks before",
            "Completed · 20:28 UTC",
            "2 earlier updates",
          ],
          [
            "An add-on reverse proxy was unreachable",
            "Minor impact",
            "Resolved",
            "Retroactive: posted after it was over",
            "Resolved · 14:45 UTC",
          ],
        ],
      ],
      [
        "Monday 6 June 2022",
        [
          [
            "Paris zone is experiencing network issues",
            "Major impact",
            "Resolved",
            "Resolved · Tue 7 June 00:00 UTC",
            "3 earlier updates",
          ],
        ],
      ],
    ]);
    const month = await page(dir, "zones/PAR/2022/06/");
    expect(texts(month, "h3")).toEqual([
      "An hypervisor has been lost",
      "Random 503 unavailable errors on public reverse proxies",
      "Unique IP service planned unavailability",
      "An add-on reverse proxy was unreachable",
      "Paris zone is experiencing network issues",
    ]);
  });
});

describe("the 404 page", () => {
  it("links from the site's root, since it is served at any URL", async () => {
    const notFound = await page(dir, "404.html");
    expect(text(notFound.querySelector("h1"))).toBe("Page not found");
    expect(Array.from(notFound.querySelectorAll("main a"), (a) => a.getAttribute("href"))).toEqual([
      "/",
      "/history/",
    ]);
    expect(notFound.querySelector("link[rel=stylesheet]")?.getAttribute("href")).toMatch(
      /^\/assets\/style\.[0-9a-f]{10}\.css$/,
    );
  });
});

describe("every page", () => {
  async function htmlPages(): Promise<string[]> {
    return (await listFiles(dir)).filter((f) => f.endsWith(".html"));
  }

  it("is one of the pages of the contract", async () => {
    expect(await htmlPages()).toEqual([
      "404.html",
      ...[
        "cellar",
        "deployments",
        "infrastructure",
        "mails",
        "pulsar",
        "reverse-proxies",
        "unique-ip",
      ].flatMap((slug) => [
        `components/${slug}/2022/06/index.html`,
        `components/${slug}/index.html`,
      ]),
      "history/2022/06/index.html",
      "history/2022/index.html",
      "history/index.html",
      "incidents/2022-06-06-paris-network/index.html",
      "incidents/2022-06-07-addon-proxy-unreachable/index.html",
      "incidents/2022-06-07-pulsar-instabilities/index.html",
      "incidents/2022-06-07-unique-ip-maintenance/index.html",
      "incidents/2022-06-08-deployment-issues/index.html",
      "incidents/2022-06-08-hypervisor-down/index.html",
      "incidents/2022-06-08-reverse-proxy-503/index.html",
      "incidents/2022-06-09-mail-delivery/index.html",
      "incidents/2022-06-10-hypervisor-lost/index.html",
      "index.html",
      "zones/PAR/2022/06/index.html",
      "zones/PAR/index.html",
    ]);
  });

  it("has a title, a description, its canonical URL and the feeds' links", async () => {
    for (const file of await htmlPages()) {
      const doc = await page(dir, file);
      const path = file.replace(/index\.html$/, "");
      expect(text(doc.querySelector("title")), file).toMatch(/ · Example Cloud status$/);
      expect(
        doc.querySelector("meta[name=description]")?.getAttribute("content"),
        file,
      ).toBeTruthy();
      if (file !== "404.html")
        expect(doc.querySelector("link[rel=canonical]")?.getAttribute("href"), file).toBe(
          `https://status.example.com/${path}`,
        );
      expect(
        Array.from(doc.querySelectorAll("link[rel=alternate]"), (l) => l.getAttribute("href")),
        file,
      ).toEqual(["https://status.example.com/feed.atom", "https://status.example.com/feed.rss"]);
      expect(doc.querySelectorAll("main, header, footer, nav").length, file).toBeGreaterThanOrEqual(
        4,
      );
    }
  });

  it("loads only the site's own stylesheet and script, by relative URL", async () => {
    const files = await listFiles(dir);
    const assets = files.filter((f) => f.startsWith("assets/"));
    expect(assets).toHaveLength(2);
    expect(assets[1]).toMatch(/^assets\/style\.[0-9a-f]{10}\.css$/);
    for (const file of await htmlPages()) {
      const doc = await page(dir, file);
      const loaded = Array.from(
        doc.querySelectorAll("link[rel=stylesheet], script, img, iframe"),
        (e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "",
      );
      expect(
        loaded.map((url) => url.replace(/^(?:\.\.\/)*\/?/, "")),
        file,
      ).toEqual(assets.toReversed());
    }
  });

  it("points every same-page or cross-page fragment at an element that exists", async () => {
    for (const file of await htmlPages()) {
      const doc = await page(dir, file);
      for (const link of Array.from(doc.querySelectorAll("a[href*='#']"))) {
        const [target = "", fragment = ""] = link.getAttribute("href")!.split("#");
        const targetFile = target === "" ? file : join(file, "..", target, "index.html");
        const targetDoc = await page(dir, targetFile);
        expect(
          targetDoc.getElementById(fragment),
          `${file} → ${target}#${fragment}`,
        ).not.toBeNull();
      }
    }
  });

  it("builds byte for byte the same from the same files and the same now", async () => {
    const again = await buildSample(join(temp.cwd, "again"));
    const files = await listFiles(dir);
    expect(await listFiles(again)).toEqual(files);
    for (const file of files)
      expect(await readFile(join(again, file), "utf8"), file).toBe(
        await readFile(join(dir, file), "utf8"),
      );
  });
});

describe("what every page carries", () => {
  it("marks History as where a month page is, and as the page itself on the history index", async () => {
    const month = await page(dir, "history/2022/06/");
    expect(
      Array.from(month.querySelectorAll("nav[aria-label=Site] a"), (a) => [
        text(a),
        a.getAttribute("aria-current"),
      ]),
    ).toEqual([
      ["Current status", null],
      ["History", "true"],
    ]);
    const index = await page(dir, "history/");
    expect(
      index.querySelector("nav[aria-label=Site] a[aria-current]")?.getAttribute("aria-current"),
    ).toBe("page");
  });

  it("links an SVG favicon in the colour of the overall status", async () => {
    const month = await page(dir, "history/2022/06/");
    expect(month.querySelector("link[rel=icon]")?.getAttribute("href")).toBe(
      "../../../favicon.svg",
    );
    expect(await readFile(join(dir, "favicon.svg"), "utf8")).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#2a7d46"/></svg>\n',
    );
  });

  it("offers the feeds, the calendar and the JSON status near the top of the home page", async () => {
    const home = await page(dir, "");
    const subscribe = home.querySelector(".subscribe")!;
    expect(text(subscribe)).toBe("Subscribe: Atom · RSS · maintenance calendar · JSON");
    expect(Array.from(subscribe.querySelectorAll("a"), (a) => a.getAttribute("href"))).toEqual([
      "feed.atom",
      "feed.rss",
      "maintenance.ics",
      "api/v1/status.json",
    ]);
  });
});
