import type { Body } from "../parse/body.ts";
import type { Frontmatter } from "../parse/frontmatter.ts";
import type { ResolvedTime } from "./update-times.ts";
import type { UtcDateTime } from "../model/types.ts";
import type { Reporter } from "../diagnostics/diagnostic.ts";
import type { IncidentFields } from "./fields.ts";

/** What every per-file rule sees: one incident file, read as far as it could be. */
export interface FileContext {
  id: string;
  frontmatter: Frontmatter | null;
  fields: IncidentFields;
  body: Body;
  /** One per section of the body, in order. */
  times: ResolvedTime[];
  now: UtcDateTime;
  report: Reporter;
}

export type Rule = (context: FileContext) => void;
