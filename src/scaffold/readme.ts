import { REBUILD_CRON } from "./workflows.ts";

/** The README of a new status repository: how to post, preview and deploy. */
export function readme(title: string, exampleId: string): string {
  return `# ${title}

This repository holds the incidents of a status page, one markdown file per
incident in \`incidents/\`, and builds the page with statusmark: a static
site (an archive of every incident, feeds, a maintenance calendar) and a JSON
API. Its manual is \`node_modules/statusmark/README.md\`.

## Getting started

\`\`\`sh
npm install      # installs statusmark; commit package-lock.json with the rest
npm run serve    # previews the page at http://localhost:8080, reloading as you edit
\`\`\`

Then:

1. Delete the example, \`incidents/${exampleId}.md\`.
2. Check \`incidents/site.yml\`: the title, \`url\` (the address the page is
   served from) and the components and zones incidents may name.
3. Push to GitHub and turn on Pages (below).

## Posting an incident

Every change is a commit; on a pull request the **Check** workflow says what
to fix, and merging to \`main\` publishes the page.

\`\`\`sh
npm run new      # asks for the components, title, impact and first post
npm run new -- --component API --title "The API is slow" --impact minor \\
  --message "Requests take seconds. We are investigating."
npm run update -- 2024-05-14-the-api-is-slow "We found the cause: a full disk."
npm run resolve -- 2024-05-14-the-api-is-slow --message "The API is fast again."
npm run check    # reports every problem, with its file and line
\`\`\`

An incident's id is its file name without \`.md\`. Times on the command line
are UTC (\`05:23\` means today at 05:23). You can also edit the files by hand:
the format is in \`node_modules/statusmark/docs/format.md\`, and every check
rule with its fix in \`node_modules/statusmark/docs/rules.md\`.

## Deploying

\`.github/workflows/deploy.yml\` builds the page and publishes it to GitHub
Pages. Before the first run, in the repository's settings, choose
**Pages → Source: GitHub Actions**, and set \`url\` in \`incidents/site.yml\`
(for a project page, \`https://OWNER.github.io/REPOSITORY/\`).

It runs on every push to \`main\`, and also every 10 minutes
(\`cron: "${REBUILD_CRON}"\`): the page is built "as of" the build and shows
that time, so without a rebuild upcoming maintenance would never show as in
progress and "the last 7 days" would not move on. Change the \`cron\` line to
rebuild less often (\`"0 * * * *"\`: hourly), for example in a private
repository, where each run counts against the Actions minutes. GitHub turns a
schedule off in a public repository after 60 days without activity: turn it
back on in the **Actions** tab.

To publish elsewhere, build with \`npm run build\` (into \`dist/\`) and upload
the folder to any static host.
`;
}
