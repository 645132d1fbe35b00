import { slugify } from "../../src/model/slug.ts";
import type { Component, Site } from "../../src/model/types.ts";

/** A component as site.yml gives it when only its name is written, with `fields` over it. */
export function testComponent(name: string, fields: Partial<Component> = {}): Component {
  return {
    name,
    slug: slugify(name),
    description: null,
    group: null,
    since: null,
    uptime: true,
    statuspageId: null,
    showcase: true,
    ...fields,
  };
}

/** A site as site.yml gives it when only `title` and `url` are written, with `fields` over it. */
export function testSite(fields: Partial<Site> = {}): Site {
  return {
    title: "Status",
    url: "https://status.example.com/",
    description: null,
    components: [],
    zones: [],
    logo: null,
    homeUrl: null,
    supportUrl: null,
    ...fields,
  };
}
