// The two GitHub Actions workflows `statusmark init` writes, for a repository
// that depends on the statusmark package: they run its npm scripts
// (package-json.ts), which run the installed `statusmark`, never one fetched
// from the registry at run time.

/** How often the deploy workflow rebuilds the site by default: every 10 minutes. */
export const REBUILD_CRON = "*/10 * * * *";

/** `.github/workflows/check.yml`: checks and builds every pull request. */
export const checkWorkflow =
  (): string => `# Checks every pull request: validates the incident files (problems appear as
# annotations on the changed lines) and builds the whole site.
# It runs on \`pull_request\`, so a fork's code runs without this repository's
# secrets and with a read-only token.
name: Check

on:
  pull_request:

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - name: Check the incident files
        run: npm run check -- --format github
      - name: Build the site
        run: npm run build -- --out dist
`;

/** `.github/workflows/deploy.yml`: publishes to GitHub Pages on every push and on a schedule. */
export const deployWorkflow =
  (): string => `# Publishes the site to GitHub Pages with the official Pages actions: on every
# push to the main branch, and every 10 minutes, because the site is built "as
# of" the build: without a rebuild, upcoming maintenance never turns into "in
# progress" and "the last 7 days" never move on.
# Before the first run: Settings → Pages → Source: "GitHub Actions", and set
# \`url\` in incidents/site.yml to the address the site is served from.
# To rebuild less often, change the cron line (minute hour day month weekday,
# UTC), e.g. "0 * * * *" for hourly. GitHub may start a scheduled run late, and
# turns the schedule off in a public repository after 60 days without activity.
name: Deploy

on:
  push:
    branches: [main]
  schedule:
    - cron: "${REBUILD_CRON}"
  workflow_dispatch:

permissions:
  contents: read

# One deployment at a time; a newer run waits rather than cancelling a deployment in progress.
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      # Statusmark's cache of checked files, and the key that signs it, from
      # the last run on main: a rebuild checks only the files that changed.
      - uses: actions/cache@v4
        with:
          path: |
            .cache/statusmark
            ~/.cache/statusmark
          key: statusmark-\${{ github.run_id }}
          restore-keys: statusmark-
      - name: Build the site
        run: npm run build -- --out dist
      - uses: actions/configure-pages@v5
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist

  deploy:
    needs: build
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
