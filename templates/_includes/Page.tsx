import type { ComponentChildren } from "preact";
import type { Site } from "../../src/model/types.ts";

export interface PageProps {
  site: Site;
  title: string;
  description: string;
  /** Site-relative path of this page. */
  path: string;
  children: ComponentChildren;
}

/** The document around every page. */
export function Page({ site, title, description, path, children }: PageProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${site.title}`}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={site.url + path} />
      </head>
      <body>
        <header>
          <a href={new URL(site.url).pathname}>{site.title}</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
