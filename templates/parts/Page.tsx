import type { ComponentChildren } from "preact";
import { absolute, paths, relative, rooted } from "../../src/model/urls.ts";
import { PAGE_POLICY } from "../../src/present/content-security-policy.ts";
import type { SiteData, To } from "./data.ts";

export interface PageProps {
  data: SiteData;
  /** The page's own title; the site's title is added after it. */
  title: string;
  description: string;
  /** Site-relative path of this page. */
  path: string;
  /** For pages served at any URL (404): links from the site's root path instead of relative ones. */
  rooted?: boolean;
  children: (to: To) => ComponentChildren;
}

/** The document around every page: head, header with navigation, footer with the feeds. */
export function Page({
  data,
  title,
  description,
  path,
  rooted: isRooted = false,
  children,
}: PageProps) {
  const { site } = data.history;
  const to: To = isRooted ? (target) => rooted(site, target) : (target) => relative(path, target);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={PAGE_POLICY} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${site.title}`}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        {!isRooted && <link rel="canonical" href={absolute(site, path)} />}
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${site.title} (Atom)`}
          href={absolute(site, paths.atom())}
        />
        <link
          rel="alternate"
          type="application/rss+xml"
          title={`${site.title} (RSS)`}
          href={absolute(site, paths.rss())}
        />
        <link rel="icon" type="image/svg+xml" href={to(paths.favicon())} />
        <link rel="stylesheet" href={to(data.assets.css)} />
        <script src={to(data.assets.js)} defer />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="site-title" href={to(paths.home())}>
            {site.logo && <img class="logo" src={to(paths.logo(site.logo))} alt="" height="32" />}
            {site.title}
          </a>
          <nav aria-label="Site">
            <ul>
              <li>
                <a
                  href={to(paths.home())}
                  aria-current={path === paths.home() ? "page" : undefined}
                >
                  Current status
                </a>
              </li>
              <li>
                <a
                  href={to(paths.history())}
                  aria-current={
                    path === paths.history()
                      ? "page"
                      : path.startsWith(paths.history())
                        ? "true"
                        : undefined
                  }
                >
                  History
                </a>
              </li>
              {site.homeUrl && (
                <li>
                  <a href={site.homeUrl}>{new URL(site.homeUrl).host}</a>
                </li>
              )}
            </ul>
          </nav>
        </header>
        <main id="main">{children(to)}</main>
        <footer class="site">
          <p class="times">Times are UTC.</p>
          {site.supportUrl && (
            <p>
              Need help? <a href={site.supportUrl}>Contact support</a>
            </p>
          )}
          <p>
            Follow: <a href={to(paths.atom())}>Atom feed</a> ·{" "}
            <a href={to(paths.rss())}>RSS feed</a> ·{" "}
            <a href={to(paths.calendar())}>maintenance calendar (iCalendar)</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
