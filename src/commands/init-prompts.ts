import { cancel, intro, isCancel, outro, text, type CommonOptions } from "@clack/prompts";
import { isZoneId } from "../model/ids.ts";
import { readSiteUrl } from "../parse/site-url.ts";
import type { SiteAnswers } from "../scaffold/site-yml.ts";
import { readZone } from "./init.ts";
import type { PromptStreams } from "./new-prompts.ts";

/** A comma-separated answer as a list, blanks dropped. */
const list = (answer: string) =>
  answer
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Asks in the terminal for a new status page's title, address, components
 * and zones. Returns null when the operator cancels (Ctrl-C or Escape).
 */
export async function askSite({ input, output }: PromptStreams): Promise<SiteAnswers | null> {
  const io: CommonOptions = { input, output };
  intro("New status page", io);
  const title = await text({
    ...io,
    message: "Title of the page",
    placeholder: "Acme status",
    validate: (value) => (value?.trim() ? undefined : "Write a title"),
  });
  if (isCancel(title)) return cancelled(io);
  const url = await text({
    ...io,
    message: "Address it will be served from (you can change it later in site.yml)",
    placeholder: "https://status.example.com/",
    validate: (value) =>
      readSiteUrl(value?.trim() ?? "").ok
        ? undefined
        : "Write an absolute http(s) URL with a host and no query, as in https://status.example.com/",
  });
  if (isCancel(url)) return cancelled(io);
  const components = await text({
    ...io,
    message: "Components incidents are about, separated by commas",
    placeholder: "API, Dashboard, Deployments",
    validate: (value) => (list(value ?? "").length > 0 ? undefined : "Name at least one"),
  });
  if (isCancel(components)) return cancelled(io);
  const zones = await text({
    ...io,
    message: "Zones, if any, separated by commas (ID or ID=Name, as in PAR=Paris)",
    placeholder: "none",
    validate: (value) =>
      list(value ?? "").every((z) => isZoneId(readZone(z).id))
        ? undefined
        : "A zone id is capital letters, digits and -",
  });
  if (isCancel(zones)) return cancelled(io);
  outro("Writing the files…", io);
  return {
    title: title.trim(),
    url: url.trim(),
    components: list(components),
    zones: list(zones ?? "").map(readZone),
  };
}

function cancelled(io: CommonOptions): null {
  cancel("Cancelled.", io);
  return null;
}
