import type { SiteUrlProblem } from "../diagnostics/catalog.ts";

export type SiteUrl = { ok: true; url: string } | { ok: false; problem: SiteUrlProblem };

/**
 * Characters allowed in a URL by RFC 3986. Anything else (`"<>\`, spaces,
 * non-ASCII) would be percent-encoded or dropped by a browser, so the URL the
 * pages and JSON files carry would not be the one that was written.
 */
const URL_CHARACTER = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]$/u;

/**
 * Reads `url` of site.yml: an absolute `http`/`https` URL with a host, a path
 * without `//`, no credentials, no query or fragment, written as the WHATWG
 * URL parser writes it. Every link of the site and every JSON file is built
 * from it, and a page served at any address (404.html) links from its path,
 * so a path such as `//evil.example/` would load another site's script.
 * The URL is returned with a final `/`.
 */
export function readSiteUrl(text: string): SiteUrl {
  const fail = (problem: SiteUrlProblem): SiteUrl => ({ ok: false, problem });
  if (!/^https?:\/\//i.test(text) || !URL.canParse(text)) return fail({ kind: "not-absolute" });
  const host = hostOf(text);
  if (/[^\x21-\x7e]/.test(host)) return fail({ kind: "host", host, fix: withoutExtras(text) });
  const odd = [...text].find((c) => !URL_CHARACTER.test(c));
  if (odd !== undefined) return fail({ kind: "character", character: odd });
  const url = new URL(text);
  if (url.username !== "" || url.password !== "") return fail({ kind: "credentials" });
  if (url.search !== "" || url.hash !== "" || /[?#]/.test(text))
    return fail({ kind: "query", part: text.slice(text.search(/[?#]/)), fix: withoutExtras(text) });
  if (url.pathname.includes("//"))
    return fail({
      kind: "double-slash",
      fix: `${url.origin}${url.pathname.replace(/\/{2,}/g, "/")}`.replace(/\/?$/, "/"),
    });
  const written = text.endsWith("/") ? text : `${text}/`;
  const canonical = url.href.endsWith("/") ? url.href : `${url.href}/`;
  if (written !== canonical) return fail({ kind: "not-canonical", fix: canonical });
  return { ok: true, url: canonical };
}

/** The host as written, between `//` and the next `/`, `:`, `?` or `#`. */
function hostOf(text: string): string {
  return /^[a-z]+:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/:?#]*)/i.exec(text)?.[1] ?? "";
}

/** The URL without credentials, query and fragment, as the parser writes it. */
function withoutExtras(text: string): string {
  const url = new URL(text);
  url.username = "";
  url.password = "";
  url.search = "";
  url.hash = "";
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
