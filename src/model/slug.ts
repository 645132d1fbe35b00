import anyAscii from "any-ascii";

/**
 * A URL-safe slug: lowercase `a-z0-9` words joined by `-` ("Reverse Proxies"
 * → `reverse-proxies`). A name of Latin letters, accented or not, keeps the
 * slug it always had (`Zürich` → `zurich`); any other script is transliterated
 * to ASCII (`Сервер` → `server`, `東京` → `dongjing`, `Straße` → `strasse`),
 * so the slug stays readable in every URL, file system and CDN. Empty only
 * for a name with no letter or digit in any script.
 */
export function slugify(text: string): string {
  const latin = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const isAscii = [...latin].every((c) => c.charCodeAt(0) < 0x80);
  // Transliterated whole: NFKD splits kana and Hangul into pieces that transliterate worse.
  // A soft sign or hamza becomes `'`, which is no word break (`Письма` → `pisma`).
  const ascii = isAscii ? latin : anyAscii(text.normalize("NFC")).replace(/'/g, "");
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
