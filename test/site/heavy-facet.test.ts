import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/commands/build.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { page, texts } from "../support/built-site.ts";
import { heaviestPage, PAGE_BUDGET } from "../support/page-weight.ts";
import { emptyFolder } from "../support/sample-copy.ts";

/** About `bytes` of words that gzip compresses little, the same every run (mulberry32). */
function noise(bytes: number, seed: number): string {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  let text = "";
  while (text.length < bytes) {
    const length = 2 + Math.floor(random() * 8);
    for (let i = 0; i < length; i++) text += String.fromCharCode(97 + Math.floor(random() * 26));
    text += " ";
  }
  return text;
}

const temp = await emptyFolder();
let dir = "";
beforeAll(async () => {
  const incidents = join(temp.cwd, "incidents");
  await mkdir(incidents, { recursive: true });
  await writeFile(
    join(incidents, "site.yml"),
    "title: Status\nurl: https://status.example.com/\ncomponents:\n  - API\n",
  );
  for (const day of [1, 2, 3, 4, 5, 6]) {
    await writeFile(
      join(incidents, `2024-03-0${day}-api.md`),
      `---\ncomponent: API\nstart: 2024-03-0${day} 10:00\nend: 2024-03-0${day} 11:00\nimpact: minor\n---\n# API incident ${day}\n\n${noise(40_000, day)}\n`,
    );
  }
  const built = await build({
    cwd: temp.cwd,
    incidents: "incidents",
    out: "site",
    now: utcDateTime("2024-03-10T12:00:00Z"),
  });
  dir = built.out!;
});
afterAll(() => temp.remove());

describe("a component whose latest incidents have very long updates", () => {
  it("lists fewer of them on its page, newest first, to stay within the budget", async () => {
    const api = await page(dir, "components/api/");
    const listed = texts(api, "section[aria-labelledby=latest] h4");
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(5);
    expect(listed).toEqual(
      ["API incident 6", "API incident 5", "API incident 4", "API incident 3"].slice(
        0,
        listed.length,
      ),
    );
    const heaviest = await heaviestPage(dir);
    expect(heaviest.bytes, heaviest.file).toBeLessThan(PAGE_BUDGET);
  });
});
