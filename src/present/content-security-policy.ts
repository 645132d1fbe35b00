/**
 * What a page may load: only files of the site itself, so incident text can
 * make no reader's browser request another host (remote images are shown as
 * links) and no script or style can be injected inline; no `<base>`, no form,
 * no plugin. The pages need nothing more: one stylesheet, one optional
 * script, no inline script or `style` attribute.
 */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/**
 * The policy of the pages' `<meta http-equiv>`, for hosts that send no
 * headers (GitHub Pages). A `<meta>` cannot forbid framing.
 */
export const PAGE_POLICY = PAGE_DIRECTIVES.join("; ");

/** The policy `_headers` sends with every file: the pages' own, and no framing by another site. */
export const CONTENT_SECURITY_POLICY = [...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join("; ");
