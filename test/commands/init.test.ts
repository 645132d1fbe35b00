import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { check } from "../../src/commands/check.ts";
import { init, readZone, type SiteAnswers } from "../../src/commands/init.ts";
import { askSite } from "../../src/commands/init-prompts.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { statusmark } from "../support/cli.ts";
import { emptyFolder, type TempProject } from "../support/sample-copy.ts";

const NOW = utcDateTime("2026-11-30T12:07:41Z");
const ANSWERS: SiteAnswers = {
  title: "Acme status",
  url: "https://status.acme.test/",
  components: ["API", "Object Storage"],
  zones: [{ id: "EU", name: "Europe" }, { id: "US" }],
};
let temp: TempProject;
beforeEach(async () => {
  temp = await emptyFolder();
});
afterEach(() => temp.remove());

const options = (input: SiteAnswers | (() => Promise<SiteAnswers | null>) = ANSWERS) => ({
  cwd: temp.cwd,
  dir: "status",
  now: NOW,
  version: "1.2.3",
  input,
});
const read = (path: string) => readFile(join(temp.cwd, path), "utf8");
const FILES = [
  "status/incidents/site.yml",
  "status/incidents/2026-11-30-example-incident-delete-this-file.md",
  "status/package.json",
  "status/.gitignore",
  "status/.github/workflows/check.yml",
  "status/.github/workflows/deploy.yml",
  "status/README.md",
];

describe("statusmark init", () => {
  it("writes site.yml, an example, package.json, .gitignore, the workflows and a README", async () => {
    expect(await init(options())).toEqual({
      ok: true,
      files: FILES,
      example: "status/incidents/2026-11-30-example-incident-delete-this-file.md",
    });
    expect(await read("status/incidents/site.yml")).toBe(
      "# The status page: its title, the address it is served from (every link and\n" +
        "# feed is built from `url`), and the components and zones incidents may name.\n" +
        "# Add a component's `description` and `group`, or a zone's `name`, at any time;\n" +
        "# the format: node_modules/statusmark/docs/format.md\n" +
        "title: Acme status\nurl: https://status.acme.test/\n" +
        "components:\n  - name: API\n  - name: Object Storage\n" +
        "zones:\n  - id: EU\n    name: Europe\n  - id: US\n",
    );
    expect(JSON.parse(await read("status/package.json"))).toEqual({
      name: "status",
      private: true,
      description: "A status page built with statusmark.",
      scripts: {
        check: "statusmark check",
        build: "statusmark build",
        new: "statusmark new",
        update: "statusmark update",
        resolve: "statusmark resolve",
        serve: "statusmark serve",
      },
      dependencies: { statusmark: "^1.2.3" },
      engines: { node: ">=20.19" },
    });
    expect(await read("status/.gitignore")).toBe("node_modules/\ndist/\n.cache/\n");
    expect(await read("status/README.md")).toContain(
      "1. Delete the example, `incidents/2026-11-30-example-incident-delete-this-file.md`.",
    );
  });

  it("writes an example that passes check as of now and says to delete it", async () => {
    await init(options());
    expect(await read(FILES[1]!)).toBe(
      "---\n" +
        "# An example written by `statusmark init`: delete this file before you publish\n" +
        "# the page, and post your first incident with `npm run new`.\n" +
        "component: API\nstart: 2026-11-30 11:37\nend: 2026-11-30 12:07\nimpact: none\n---\n" +
        "# Example incident, delete this file\n\n" +
        "The text after the title is the first post, dated at `start` (UTC). It is\n" +
        "markdown: **emphasis**, [links](https://example.com/) and lists work.\n\n" +
        "EDIT 11:52 UTC: Each update is a paragraph that starts with its time in UTC.\n" +
        '`npm run update -- ID "text"` adds one at the current time.\n\n' +
        "EDIT 12:07 UTC: `end` says when it was over, and `npm run resolve -- ID`\n" +
        "sets it. Delete this file now.\n",
    );
    const checked = await check({
      cwd: join(temp.cwd, "status"),
      incidents: "incidents",
      now: NOW,
    });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.history?.incidents.map((i) => [i.id, i.updates.length])).toEqual([
      ["2026-11-30-example-incident-delete-this-file", 3],
    ]);
  });

  it("names the example after its start and dates its updates across midnight", async () => {
    const now = utcDateTime("2026-12-01T00:05:00Z");
    const result = await init({ ...options(), now });
    expect(result.ok && result.example).toBe(
      "status/incidents/2026-11-30-example-incident-delete-this-file.md",
    );
    expect(await read("status/incidents/2026-11-30-example-incident-delete-this-file.md")).toMatch(
      /^EDIT 23:50 UTC: .*\n[^]*^EDIT 2026-12-01 00:05 UTC: /m,
    );
    const checked = await check({ cwd: join(temp.cwd, "status"), incidents: "incidents", now });
    expect(checked.diagnostics).toEqual([]);
  });

  it("writes nothing when any of its files exists, and lists every one", async () => {
    await mkdir(join(temp.cwd, "status/incidents"), { recursive: true });
    await writeFile(join(temp.cwd, "status/README.md"), "mine\n");
    await writeFile(join(temp.cwd, "status/incidents/site.yml"), "title: Mine\n");
    let asked = false;
    expect(
      await init(
        options(async () => {
          asked = true;
          return ANSWERS;
        }),
      ),
    ).toEqual({
      ok: false,
      message:
        "Nothing was written: these files are already there, and init never overwrites one. Choose a new folder, as in `statusmark init my-status`",
      taken: ["status/incidents/site.yml", "status/README.md"],
      diagnostics: [],
    });
    expect(asked).toBe(false);
    expect((await readdir(join(temp.cwd, "status"), { recursive: true })).sort()).toEqual([
      "README.md",
      "incidents",
      "incidents/site.yml",
    ]);
  });

  it("names a file that stands where a folder is needed", async () => {
    await writeFile(join(temp.cwd, "status"), "");
    const result = await init(options());
    expect(!result.ok && result.taken).toEqual(["status"]);
  });

  it("says which answer is missing or wrong, writing nothing", async () => {
    const refusal = async (answers: Partial<SiteAnswers>) => {
      const result = await init(options({ ...ANSWERS, ...answers }));
      return result.ok ? null : result.message;
    };
    expect(await refusal({ title: " " })).toBe(
      'Missing --title: name the page, as in --title "Acme status"',
    );
    expect(await refusal({ url: "" })).toBe(
      "Missing --url: give the address the page will be served from, as in --url https://status.example.com/",
    );
    expect(await refusal({ components: [] })).toBe(
      "Missing --component: name at least one part of the service incidents are about, as in --component API",
    );
    expect(await refusal({ zones: [readZone("eu=Europe")] })).toBe(
      'Unexpected zone id `eu`, expected capital letters, digits and -, as in --zone PAR or --zone "PAR=Paris"',
    );
    expect(await init(options({ ...ANSWERS, url: "status.acme.test" }))).toEqual({
      ok: false,
      message:
        "Nothing was written: status/incidents/site.yml would not pass `statusmark check`; fix the answer it names",
      taken: [],
      diagnostics: [
        {
          file: "status/incidents/site.yml",
          line: 6,
          column: 6,
          severity: "error",
          rule: "site-url",
          message:
            "Unexpected `status.acme.test` for `url`, expected an absolute URL such as `https://status.example.com/`",
        },
      ],
    });
    expect(await readdir(temp.cwd)).toEqual([]);
  });

  it("reads a zone as an id, or an id and its name", () => {
    expect([readZone("PAR"), readZone(" PAR = Paris "), readZone("X=a=b")]).toEqual([
      { id: "PAR" },
      { id: "PAR", name: "Paris" },
      { id: "X", name: "a=b" },
    ]);
  });

  it("asks for the title, address, components and zones in a terminal", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    const waiting: { text: string; resolve: () => void }[] = [];
    output.on("data", (chunk: Buffer) => {
      shown += chunk.toString();
      for (const w of waiting.filter((w) => shown.includes(w.text))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    });
    const answer = async (question: string, typed: string) => {
      if (!shown.includes(question))
        await new Promise<void>((resolve) => waiting.push({ text: question, resolve }));
      input.write(typed);
      input.write("\r");
    };
    const asked = askSite({ input, output });
    await answer("Title of the page", "Acme status");
    await answer("Address it will be served from", "https://status.acme.test/");
    await answer("Components incidents are about", "API, , Object Storage");
    await answer("Zones, if any", "EU=Europe, US");
    expect(await asked).toEqual(ANSWERS);
  });
});

describe("statusmark init's command line", () => {
  it("writes the repository from flags and says what to do next", async () => {
    const result = await statusmark(
      [
        "init",
        "status",
        "--title",
        "Acme status",
        "--url",
        "https://status.acme.test/",
        "--component",
        "API",
        "--component",
        "Object Storage",
        "--zone",
        "EU=Europe",
        "--zone",
        "US",
        "--now",
        NOW,
      ],
      { cwd: temp.cwd },
    );
    expect(result).toEqual({
      code: 0,
      stdout:
        FILES.map((f) => `${f}\n`).join("") +
        "\nYour status page is ready. Next:\n  cd status\n" +
        "  npm install       # installs statusmark; commit package-lock.json too\n" +
        "  npm run serve     # preview it, reloading as you edit\n" +
        `Delete the example, ${FILES[1]}, before you publish, and post with \`npm run new\`.\n` +
        "README.md says how to post, check and deploy to GitHub Pages.\n",
      stderr: "",
    });
    const pkg = JSON.parse(await read("status/package.json")) as { dependencies: object };
    const { version } = JSON.parse(
      await readFile(new URL("../../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    expect(pkg.dependencies).toEqual({ statusmark: `^${version}` });
  });

  it("exits 1 with the problem on stderr when a flag is missing", async () => {
    expect(
      await statusmark(["init", "--title", "Acme status", "--component", "API"], {
        cwd: temp.cwd,
      }),
    ).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "statusmark: Missing --url: give the address the page will be served from, as in --url https://status.example.com/\n",
    });
  });
});
