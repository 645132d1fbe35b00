import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { check } from "../../src/commands/check.ts";
import { newIncident, type NewIncidentInput } from "../../src/commands/new.ts";
import { askNewIncident } from "../../src/commands/new-prompts.ts";
import { loadProject } from "../../src/commands/project.ts";
import { asksForIncident, newCommand } from "../../scripts/cli/new.ts";
import { testIo } from "../support/cli.ts";
import { sampleCopy, type TempProject } from "../support/sample-copy.ts";
import { utcDateTime } from "../../src/model/time.ts";

const NOW = utcDateTime("2022-06-11T09:41:27Z");
let project: TempProject;
beforeEach(async () => {
  project = await sampleCopy();
});
afterEach(() => project.remove());

const options = () => ({ cwd: project.cwd, incidents: "incidents", now: NOW });
const read = (path: string) => readFile(join(project.cwd, path), "utf8");

describe("statusmark new", () => {
  it("writes a file named after the start date and title that passes check", async () => {
    const result = await newIncident({
      ...options(),
      input: {
        components: ["Deployments", "Reverse Proxies"],
        zones: ["PAR"],
        title: "  Deployments are   failing ",
        impact: "major",
        message: "Deployments fail with a timeout. We are investigating.",
      },
    });
    expect(result).toEqual({
      ok: true,
      path: "incidents/2022-06-11-deployments-are-failing.md",
      text: expect.any(String),
      diagnostics: [],
    });
    expect(await read("incidents/2022-06-11-deployments-are-failing.md")).toBe(
      [
        "---",
        "component:",
        "  - Deployments",
        "  - Reverse Proxies",
        "zone: PAR",
        "start: 2022-06-11 09:41",
        "impact: major",
        "---",
        "# Deployments are failing",
        "",
        "Investigating: Deployments fail with a timeout. We are investigating.",
        "",
      ].join("\n"),
    );
    const checked = await check(options());
    expect(checked.history?.incidents.map((i) => i.id)[0]).toBe(
      "2022-06-11-deployments-are-failing",
    );
  });

  it("writes a maintenance announced now with its window, reading hh:mm as today", async () => {
    const result = await newIncident({
      ...options(),
      input: {
        components: ["Unique IP"],
        zones: [],
        title: "Unique IP: planned upgrade",
        scheduled: true,
        start: "20:00",
        end: "2022-06-11T22:30:00+02:00",
      },
    });
    expect(result.ok && result.path).toBe("incidents/2022-06-11-unique-ip-planned-upgrade.md");
    expect(await read("incidents/2022-06-11-unique-ip-planned-upgrade.md")).toBe(
      "---\ncomponent: Unique IP\nstart: 2022-06-11 20:00\nend: 2022-06-11 20:30\nscheduled: 2022-06-11 09:41\n---\n# Unique IP: planned upgrade\n",
    );
  });

  it("refuses a second incident with the same id and names the file that has it", async () => {
    const before = await read("incidents/2022-06-10-hypervisor-lost.md");
    const result = await newIncident({
      ...options(),
      input: {
        components: ["Infrastructure"],
        zones: [],
        title: "Hypervisor lost",
        start: "2022-06-10 07:00",
      },
    });
    expect(result).toEqual({
      ok: false,
      message:
        'Unexpected second incident with id `2022-06-10-hypervisor-lost`: incidents/2022-06-10-hypervisor-lost.md already exists. Post an update with `statusmark update 2022-06-10-hypervisor-lost "…"`, or choose another title',
      diagnostics: [],
    });
    expect(await read("incidents/2022-06-10-hypervisor-lost.md")).toBe(before);
  });

  it("writes nothing when the file would not pass check, and says why with the validator's message", async () => {
    const result = await newIncident({
      ...options(),
      input: { components: ["Deployment"], zones: [], title: "Builds are slow" },
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.message).toBe(
      "Nothing was written: incidents/2022-06-11-builds-are-slow.md would not pass `statusmark check`",
    );
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message}`)).toEqual([
      "2:12 component-undeclared: Unexpected component `Deployment`, did you mean `Deployments`? (or declare it in site.yml)",
    ]);
    expect(await readdir(join(project.cwd, "incidents"))).not.toContain(
      "2022-06-11-builds-are-slow.md",
    );
  });

  it("refuses a start, end or announcement later than now, or a maintenance without an end, before writing and citing no line", async () => {
    const attempt = async (input: Partial<NewIncidentInput>) => {
      const result = await newIncident({
        ...options(),
        input: { components: ["Mails"], zones: [], title: "Mails are late", ...input },
      });
      return result.ok ? result.path : [result.message, result.diagnostics];
    };
    expect(await attempt({ start: "10:30" })).toEqual([
      "Unexpected --start 10:30: 10:30 UTC is 49 min after now, 09:41:27 UTC: times given to statusmark are UTC, so convert a local time; for a planned maintenance add --scheduled",
      [],
    ]);
    expect(await attempt({ start: "08:00", end: "2022-06-11T12:00:00+02:00" })).toEqual([
      "Unexpected --end 2022-06-11T12:00:00+02:00: 10:00 UTC is 19 min after now, 09:41:27 UTC: times given to statusmark are UTC, so convert a local time; leave --end out until it is over",
      [],
    ]);
    expect(
      await attempt({
        scheduled: "2022-06-12 08:00",
        start: "2022-06-13 20:00",
        end: "2022-06-13 21:00",
      }),
    ).toEqual([
      "Unexpected --scheduled 2022-06-12 08:00: 2022-06-12 08:00 UTC is 22 h 19 min after now, 2022-06-11 09:41:27 UTC: times given to statusmark are UTC, so convert a local time; --scheduled is when the maintenance was announced",
      [],
    ]);
    expect(await attempt({ scheduled: true, start: "20:00" })).toEqual([
      "Missing --end for a maintenance: give the planned end of its window",
      [],
    ]);
    expect(await readdir(join(project.cwd, "incidents"))).not.toContain(
      "2022-06-11-mails-are-late.md",
    );
  });

  it("prints the problems of a file it did not write without a line or column", async () => {
    const { io, printed } = testIo({ cwd: project.cwd, env: {} });
    await newCommand(io).parseAsync(
      ["--component", "Deployment", "--title", "Builds are slow", "--now", NOW],
      { from: "user" },
    );
    expect([io.exitCode, printed.stdout, printed.stderr]).toEqual([
      1,
      "",
      "error: Unexpected component `Deployment`, did you mean `Deployments`? (or declare it in site.yml) [component-undeclared]\n" +
        "statusmark: Nothing was written: incidents/2022-06-11-builds-are-slow.md would not pass `statusmark check`\n",
    ]);
  });

  it("names the file after a title in any script, transliterated, and refuses one without a letter", async () => {
    const named = await newIncident({
      ...options(),
      input: { components: ["Mails"], zones: [], title: "Письма задерживаются" },
    });
    expect(named.ok && named.path).toBe("incidents/2022-06-11-pisma-zaderzhivayutsya.md");
    const none = await newIncident({
      ...options(),
      input: { components: ["Mails"], zones: [], title: "!!!" },
    });
    expect(none.ok ? null : none.message).toBe(
      "Unexpected title `!!!` without a letter or digit to name the file after: add a few words",
    );
  });

  it("refuses a start it cannot read, with an example", async () => {
    const result = await newIncident({
      ...options(),
      input: { components: ["Mails"], zones: [], title: "Mails are late", start: "yesterday" },
    });
    expect(result.ok ? null : result.message).toBe(
      "Unexpected --start yesterday (not a date and time), expected a UTC time such as `05:23`, `2022-06-10 05:23` or `2022-06-10T07:23:00+02:00`",
    );
  });

  it("refuses a missing component or title", async () => {
    const noComponent = await newIncident({
      ...options(),
      input: { components: [], zones: [], title: "x" },
    });
    expect(noComponent.ok ? null : noComponent.message).toBe(
      "Missing --component: name the affected component, one of `Infrastructure`, `Deployments`, `Reverse Proxies`, `Unique IP`, `Mails`, `Pulsar` or `Cellar`",
    );
    const noTitle = await newIncident({
      ...options(),
      input: { components: ["Mails"], zones: [], title: " " },
    });
    expect(noTitle.ok ? null : noTitle.message).toBe(
      'Missing --title: say what happened, as in --title "Deployments are failing"',
    );
  });

  it("refuses to write when site.yml has an error", async () => {
    await writeFile(join(project.cwd, "incidents/site.yml"), "title: x\n");
    const result = await newIncident({
      ...options(),
      input: { components: ["Mails"], zones: [], title: "Mails are late" },
    });
    expect(result.ok ? null : result.message).toBe(
      "Fix site.yml first: new incidents are checked against it",
    );
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["key-required"]);
  });
});

describe("statusmark new's status label", () => {
  const write = (input: Partial<NewIncidentInput>) =>
    newIncident({
      ...options(),
      input: { components: ["Deployments"], zones: [], title: "Builds are slow", ...input },
    });
  const body = async (path: string) => (await read(path)).split("---\n")[2];

  it.each([
    [{ message: "Slow." }, "Investigating: Slow."],
    [{ message: "Slow.", status: "monitoring" }, "Monitoring: Slow."],
    [{ message: "Slow.", start: "08:00", end: "09:00" }, "Resolved: Slow."],
    [
      { message: "Builds will stop.", scheduled: true, start: "12:00", end: "13:00" } as const,
      "Scheduled: Builds will stop.",
    ],
  ])("labels the first post from %j", async (input, first) => {
    const result = await write(input);
    expect(result.ok && (await body(result.path))).toBe(`# Builds are slow\n\n${first}\n`);
  });

  it("writes no label on a file without a first post", async () => {
    const result = await write({});
    expect(result.ok && (await body(result.path))).toBe("# Builds are slow\n");
  });

  it.each([
    [
      { message: "Slow.", status: "resolved" },
      "Unexpected --status `resolved` for an incident without `end`: give --end, the time it was resolved",
    ],
    [
      { status: "identified" },
      'Missing --message: --status labels the first post, as in --message "We are investigating"',
    ],
    [
      { message: "Slow.", status: "in_progress" },
      "Unexpected --status `in_progress` for an incident, expected `investigating`, `identified`, `monitoring` or `resolved`",
    ],
  ])("refuses %j", async (input, message) => {
    expect(await write(input)).toEqual({ ok: false, message, diagnostics: [] });
  });
});

describe("statusmark new in a terminal", () => {
  it("asks for components, zones, title, impact and first post, then writes the file", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    const waiters: { text: string; resolve: () => void }[] = [];
    output.on("data", (chunk: Buffer) => {
      shown += chunk.toString();
      for (const w of waiters.filter((w) => shown.includes(w.text))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    });
    const shownText = (text: string) =>
      shown.includes(text)
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ text, resolve }));
    const answer = async (question: string, keys: string[]) => {
      await shownText(question);
      for (const key of keys) input.write(key);
    };
    const { site } = await loadProject(project.cwd, "incidents");
    const asked = askNewIncident(site!, { input, output });
    const DOWN = "\x1b[B";
    await answer("Which components are affected?", [DOWN, " ", DOWN, DOWN, " ", "\r"]);
    await answer("Which zones?", [" ", "\r"]);
    await answer("Title: what do users see?", ["Builds are slow", "\r"]);
    await answer("Impact", [DOWN, "\r"]);
    await answer("First post (optional)", ["Builds take twice as long.", "\r"]);
    await answer("Status of the first post", [DOWN, "\r"]);
    const answers = await asked;
    expect(answers).toEqual({
      components: ["Deployments", "Unique IP"],
      zones: ["PAR"],
      title: "Builds are slow",
      impact: "major",
      message: "Builds take twice as long.",
      status: "identified",
    });
    const result = await newIncident({ ...options(), input: answers! });
    expect(result.ok && result.path).toBe("incidents/2022-06-11-builds-are-slow.md");
    expect(await read("incidents/2022-06-11-builds-are-slow.md")).toBe(
      "---\ncomponent:\n  - Deployments\n  - Unique IP\nzone: PAR\nstart: 2022-06-11 09:41\nimpact: major\n---\n# Builds are slow\n\nIdentified: Builds take twice as long.\n",
    );
  });

  it("writes nothing when the operator cancels", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const { site } = await loadProject(project.cwd, "incidents");
    const asked = askNewIncident(site!, { input, output });
    await new Promise<void>((resolve) =>
      output.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("Which components")) resolve();
      }),
    );
    input.write("\x03");
    expect(await asked).toBeNull();
  });
});

describe("statusmark new's command line", () => {
  const asks = (...argv: string[]) => {
    const command = newCommand(testIo().io);
    command.parseOptions(argv);
    return asksForIncident(command.opts());
  };

  it("asks only when given no flag about the incident, so no flag is dropped for the answers", () => {
    expect([
      asks(),
      asks("--incidents", "history", "--now", "2022-06-11T09:41:27Z"),
      asks("--start", "05:00"),
      asks("--end", "06:00"),
      asks("--scheduled"),
      asks("--impact", "major"),
      asks("--zone", "PAR"),
      asks("--message", "Looking."),
      asks("--retroactive"),
      asks("--title", "Down"),
      asks("--component", "Mails"),
      asks("--status", "identified"),
    ]).toEqual([true, true, false, false, false, false, false, false, false, false, false, false]);
  });
});
