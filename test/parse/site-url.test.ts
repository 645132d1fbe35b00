import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/diagnostics/diagnostic.ts";
import { parseSite } from "../../src/parse/site.ts";
import { readSiteUrl } from "../../src/parse/site-url.ts";

/** What `check` says about site.yml with this `url`, or the URL the site is built on. */
function checked(url: string): string {
  const report = new Reporter("site.yml");
  const site = parseSite(`title: Status\nurl: ${JSON.stringify(url)}\n`, report);
  return site?.url ?? report.diagnostics.map((d) => `${d.rule}: ${d.message}`).join("\n");
}

describe("the site's url", () => {
  it("is refused with a path that starts with `//` or `/\\`, which would make links lead to another host", () => {
    expect(checked("https://status.example.com//evil.example/")).toBe(
      "site-url: Unexpected `//` in the path of `url`, expected single slashes, since a path such as `//evil.example/` makes links lead to another site: write `https://status.example.com/evil.example/`",
    );
    expect(checked("https://status.example.com/\\evil.example/")).toBe(
      "site-url: Unexpected character `\\` in `url`, expected only the characters of a URL: remove it, or percent-encode it as `%5C`",
    );
    expect(checked("https://status.example.com/a//b")).toBe(
      "site-url: Unexpected `//` in the path of `url`, expected single slashes, since a path such as `//evil.example/` makes links lead to another site: write `https://status.example.com/a/b/`",
    );
  });

  it("is refused with a query or a fragment, which would make every link point at one page", () => {
    expect(checked("https://status.example.com/#frag")).toBe(
      "site-url: Unexpected `#frag` in `url`, expected no query or fragment, since every link is built on it: write `https://status.example.com/`",
    );
    expect(checked("https://status.example.com/status?q=1")).toBe(
      "site-url: Unexpected `?q=1` in `url`, expected no query or fragment, since every link is built on it: write `https://status.example.com/status/`",
    );
    expect(checked("https://status.example.com/?")).toBe(
      "site-url: Unexpected `?` in `url`, expected no query or fragment, since every link is built on it: write `https://status.example.com/`",
    );
  });

  it("is refused with a non-ASCII host, naming its punycode form", () => {
    expect(checked("https://stätus.example.com/")).toBe(
      "site-url: Unexpected non-ASCII host `stätus.example.com` in `url`, expected its ASCII (punycode) form: write `https://xn--sttus-hra.example.com/`",
    );
  });

  it("is refused with characters that are not a URL's, which the JSON files' `format: uri` refuses", () => {
    for (const character of ['"', "<", ">", " ", "é", "`"])
      expect(checked(`https://status.example.com/a${character}b/`)).toBe(
        `site-url: Unexpected character \`${character}\` in \`url\`, expected only the characters of a URL: remove it, or percent-encode it as \`${encodeURIComponent(character)}\``,
      );
  });

  it("is refused with a user name or password", () => {
    expect(checked("https://user:secret@status.example.com/")).toBe(
      "site-url: Unexpected user name or password in `url`, expected the public address of the site, such as `https://status.example.com/`",
    );
  });

  it("is refused when it is not an absolute http or https URL", () => {
    for (const url of [
      "status.example.com",
      "/status/",
      "javascript:alert(1)",
      "ftp://status.example.com/",
      "https://status.example.com:99999/",
      "https://",
    ])
      expect(checked(url)).toBe(
        `site-url: Unexpected \`${url}\` for \`url\`, expected an absolute URL such as \`https://status.example.com/\``,
      );
  });

  it("is refused when a browser would write it otherwise, naming that form", () => {
    expect(checked("HTTPS://Status.Example.COM/Status/")).toBe(
      "site-url: Unexpected `HTTPS://Status.Example.COM/Status/` for `url`, expected it the way browsers write it: `https://status.example.com/Status/`",
    );
    expect(checked("https://status.example.com:443/a/../b/")).toBe(
      "site-url: Unexpected `https://status.example.com:443/a/../b/` for `url`, expected it the way browsers write it: `https://status.example.com/b/`",
    );
    expect(checked("https:///status.example.com/")).toBe(
      "site-url: Unexpected `https:///status.example.com/` for `url`, expected it the way browsers write it: `https://status.example.com/`",
    );
  });

  it("is accepted as written, with a final `/` added", () => {
    expect(checked("https://status.example.com")).toBe("https://status.example.com/");
    expect(checked("http://localhost:8080/status")).toBe("http://localhost:8080/status/");
    expect(checked("https://[::1]:8443/~ops/")).toBe("https://[::1]:8443/~ops/");
    expect(checked("https://xn--sttus-hra.example.com/%C3%A9t%C3%A9/")).toBe(
      "https://xn--sttus-hra.example.com/%C3%A9t%C3%A9/",
    );
    expect(readSiteUrl("https://status.example.com/%2F%2Fevil.example/")).toEqual({
      ok: true,
      url: "https://status.example.com/%2F%2Fevil.example/",
    });
  });
});
