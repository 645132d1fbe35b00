import type { History, UtcDateTime } from "../../model/types.ts";
import type { V2Json } from "../../statuspage/schema.ts";
import { stableId } from "./ids.ts";

/** Statuspage's `page` object. */
export type PageV2 = V2Json<"status.json">["page"];

/** Statuspage's `page`: id derived from the site URL, updated at the build's now. */
export function pageV2(history: History): PageV2 {
  return {
    id: pageId(history),
    name: history.site.title,
    url: history.site.url.replace(/\/$/, ""),
    time_zone: "Etc/UTC",
    updated_at: timeV2(history.now),
  };
}

/** The page's id: a hash of the site URL, the same on every build of the site. */
export function pageId(history: History): string {
  return stableId("page", history.site.url);
}

/** Statuspage writes times with milliseconds: `2022-06-10T05:23:00.000Z`. */
export function timeV2(time: UtcDateTime): string {
  return time.replace(/Z$/, ".000Z");
}
