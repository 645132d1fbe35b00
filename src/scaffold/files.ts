import type { UtcDateTime } from "../model/types.ts";
import type { OutputFile } from "../write/output-file.ts";
import { exampleId, exampleIncident } from "./example.ts";
import { packageJson } from "./package-json.ts";
import { readme } from "./readme.ts";
import { siteYml, type SiteAnswers } from "./site-yml.ts";
import { checkWorkflow, deployWorkflow } from "./workflows.ts";

export interface ScaffoldOptions {
  /** The repository's npm package name. */
  name: string;
  /** The statusmark version that writes it, which it then depends on. */
  version: string;
  now: UtcDateTime;
}

type Content = (answers: SiteAnswers, options: ScaffoldOptions) => string;

/** Each file of a new status repository: its path (known before any answer) and its content. */
const FILES: readonly { path: (now: UtcDateTime) => string; content: Content }[] = [
  { path: () => "incidents/site.yml", content: (answers) => siteYml(answers) },
  {
    path: (now) => `incidents/${exampleId(now)}.md`,
    content: (answers, { now }) => exampleIncident(answers.components[0] ?? "", now),
  },
  { path: () => "package.json", content: (_, { name, version }) => packageJson(name, version) },
  { path: () => ".gitignore", content: () => "node_modules/\ndist/\n.cache/\n" },
  { path: () => ".github/workflows/check.yml", content: checkWorkflow },
  { path: () => ".github/workflows/deploy.yml", content: deployWorkflow },
  { path: () => "README.md", content: (answers, { now }) => readme(answers.title, exampleId(now)) },
];

/** The paths of a new status repository's files, relative to its folder. */
export function scaffoldPaths(now: UtcDateTime): string[] {
  return FILES.map((file) => file.path(now));
}

/** A new status repository's files, relative to its folder: site.yml first, then the example incident. */
export function scaffoldFiles(answers: SiteAnswers, options: ScaffoldOptions): OutputFile[] {
  return FILES.map((file) => ({
    path: file.path(options.now),
    content: file.content(answers, options),
  }));
}
