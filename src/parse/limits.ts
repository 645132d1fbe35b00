/**
 * The limits of the input format, declared once for the checks, the loader
 * and docs/format.md. Files arrive in pull requests from forks, so every one
 * is untrusted: the parsers (YAML, micromark) take time or stack that grows
 * faster than the text for some shapes, and the site has a page for every
 * month of the history. Each limit is far above what a real incident needs
 * and is checked before the work it bounds.
 */
export const LIMITS = {
  /** An incident file, in bytes: a long postmortem is under 40 KB. */
  incidentBytes: 64 * 1024,
  /** Lines of an incident file: micromark's cost to close nested lists grows with them. */
  incidentLines: 1_000,
  /** site.yml, in bytes: room for hundreds of described components. */
  siteBytes: 128 * 1024,
  /** The frontmatter's YAML, in bytes: a real one is under 500. */
  frontmatterBytes: 4 * 1024,
  /** YAML nesting (indentation, `-` items, `[` and `{`): a valid file needs 3. */
  yamlDepth: 8,
  /** Lists and block quotes open on one line: the renderers recurse once per level. */
  markdownDepth: 12,
  /** Lines where a list item opens another list or quote (`- - x`, `- > x`). */
  stackedLines: 100,
  /**
   * Emphasis, link and code markup (`*`, `_`, `[`, `]`, `<`, `` ` ``) in one
   * paragraph: micromark resolves it in time quadratic in this count, so the
   * sum over paragraphs of its square is at most this number squared.
   */
  inlineMarkup: 1_000,
  /** How far before the build's now a time may be: the history has a page for every month. */
  yearsBefore: 30,
  /** How far after the build's now a time may be: maintenance is announced months ahead. */
  yearsAfter: 2,
  /** An incident id (the file name without `.md`): it names a folder and a file of the site. */
  idLength: 100,
  /** A component's name and slug, a zone's id and name: they name folders of the site. */
  nameLength: 100,
  /** An incident's title. */
  titleLength: 200,
  /** Components and zones in site.yml: each has a page for every month of the history. */
  components: 500,
  zones: 100,
} as const;

/** The largest files the loader reads, in bytes: bigger ones are refused unread. */
export const MAX_FILE_BYTES = { incident: LIMITS.incidentBytes, site: LIMITS.siteBytes };
