/** A URL-safe slug: lowercase `a-z0-9` words joined by `-` ("Reverse Proxies" → `reverse-proxies`). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
