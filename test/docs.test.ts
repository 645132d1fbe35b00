import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/diagnostics/catalog.ts";
import { fixtureFolder, renderRulesDoc } from "./support/rules-doc.ts";

describe("the rules reference", () => {
  it.each(Object.keys(RULES))("has a fixture whose expected output shows %s", (id) => {
    const expected = readFileSync(
      new URL(`fixtures/${fixtureFolder(id)}/expected.txt`, import.meta.url),
      "utf8",
    );
    expect(expected).toContain(`[${id}]`);
  });

  it("is generated from the catalog and the fixtures", async () => {
    await expect(renderRulesDoc()).toMatchFileSnapshot("../docs/rules.md");
  });
});
