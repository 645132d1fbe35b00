/** The Node.js versions statusmark runs on, as its own package.json says. */
export const NODE_ENGINES = ">=20.19";

/** The npm scripts of a status repository: each runs the installed `statusmark`. */
export const STATUS_SCRIPTS = {
  check: "statusmark check",
  build: "statusmark build",
  new: "statusmark new",
  update: "statusmark update",
  resolve: "statusmark resolve",
  serve: "statusmark serve",
} as const;

/**
 * The package.json of a status repository named `name`, depending on the
 * statusmark `version` that wrote it or a later one npm deems compatible (`^`).
 */
export function packageJson(name: string, version: string): string {
  const pkg = {
    name,
    private: true,
    description: "A status page built with statusmark.",
    scripts: STATUS_SCRIPTS,
    dependencies: { statusmark: `^${version}` },
    engines: { node: NODE_ENGINES },
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}
