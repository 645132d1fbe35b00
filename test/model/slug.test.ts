import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/model/slug.ts";
import { parseSite } from "../../src/parse/site.ts";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";

/** The slug before transliteration: every URL it made for a Latin name is kept. */
function latinSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

describe("a component's slug", () => {
  it("is what it always was for a name of ASCII or accented Latin letters", () => {
    expect(
      ["Reverse Proxies", "Unique IP", "API (v2)", "Zürich", "Café Crème", "Ærø"].map(slugify),
    ).toEqual(["reverse-proxies", "unique-ip", "api-v2", "zurich", "cafe-creme", "aero"]);
    const latin = fc.integer({ min: 0x20, max: 0x17f }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit: latin }), (name) => {
        const readWhole = [...name.normalize("NFKD")].every(
          (c) => c.charCodeAt(0) < 0x80 || /[\u0300-\u036f]/.test(c),
        );
        if (readWhole) expect(slugify(name)).toBe(latinSlug(name));
        else if (/[\p{L}\p{N}]/u.test(name)) expect(slugify(name)).not.toBe("");
      }),
    );
  });

  it("transliterates any other script, so it is never empty for a name with a letter", () => {
    expect(
      ["Сервер", "東京", "Øresund", "Straße", "Ελλάδα", "서울", "Łódź", "🔥 Fire"].map(slugify),
    ).toEqual(["server", "dongjing", "oresund", "strasse", "ellada", "seoul", "lodz", "fire-fire"]);
    const site = parseSite(
      "title: T\nurl: https://s.example/\ncomponents:\n  - Сервер\nzones:\n  - id: TYO\n    name: 東京\n",
      new Reporter("site.yml"),
    );
    expect([site?.components[0]?.slug, site?.zones[0]]).toEqual([
      "server",
      { id: "TYO", name: "東京" },
    ]);
  });

  it("is declared once: two names with the same slug are an error naming both", () => {
    const report = new Reporter("site.yml");
    const site = parseSite(
      "title: T\nurl: https://s.example/\ncomponents:\n  - 東京\n  - DongJing\n  - Сервер\n",
      report,
    );
    expect(site).toBeNull();
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      "5:5 Unexpected second component `DongJing`: its page would be `/components/dongjing/` like `東京`'s",
    ]);
  });
});
