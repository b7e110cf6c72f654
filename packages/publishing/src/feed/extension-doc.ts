import { siteUrl, type SiteSettings } from '../site.js'
import { careerPathJsonVersion } from './entry-json.js'

/** The page that the `about` URL of `_career_path` points to: what a consumer may rely on. */
export function extensionDoc(site: Pick<SiteSettings, 'siteName' | 'baseUrl'>): string {
  return `# The \`_career_path\` JSON Feed extension (version ${careerPathJsonVersion})

Every item of the ${site.siteName} feed carries the structured career-path entry
under \`_career_path\`; \`<slug>.json\` beside each page holds the same object.

| key | type | meaning |
| --- | --- | --- |
| \`version\` | string | format version; a breaking change bumps it |
| \`about\` | URL | this page |
| \`id\` | string | stable identity, the same as the item's \`id\` (not its URL) |
| \`title\`, \`slug\`, \`url\` | string | the role, its slug and its public page |
| \`definition\`, \`whatTheyDo\` | Markdown | required prose sections |
| \`workEnvironment\`, \`workingConditions\`, \`difficulty\`, \`outlook\` | Markdown | optional prose sections |
| \`responsibilities\` | string[] | plain text, at least one |
| \`specializations\` | {name, description}[] | plain text |
| \`faqs\` | {question, answer}[] | question plain text, answer Markdown |
| \`related\` | {slug, title, url}[] | related entries |
| \`tags\` | string[] | |
| \`occupationCode\` | string | O*NET-SOC code, e.g. \`15-1252.00\` |
| \`published\`, \`updated\` | string | RFC 3339 date or date-time |

Markdown fields are CommonMark (GFM without autolinks) limited to paragraphs,
lists, bold, italic, inline code, links (http, https, mailto) and line breaks.

${syncSection(site)}`
}

/** How a partner keeps a copy exact: the change log, its cursor, a worked example. */
function syncSection(site: Pick<SiteSettings, 'baseUrl'>): string {
  const base = siteUrl(site)
  return `## Keeping a copy in sync: \`/changes.json\`

The feed lists what is published now; it cannot say that an entry left. The
site's change log can: \`GET ${base}/changes.json\` lists every publish,
unpublish and delete, oldest first, 500 at most a page. (A static build of the
site has no change log; the CMS serves it.)

\`\`\`json
{
  "changes": [
    { "type": "published", "id": "urn:careers:career-path:backend-developer", "slug": "backend-developer",
      "locale": "en", "at": "2026-12-01T09:00:00.000Z", "url": "${base}/career-paths/backend-developer" }
  ],
  "cursor": "djE6MQ",
  "next_url": "${base}/changes.json?since=djE6MQ"
}
\`\`\`

- **type** is \`published\` (the entry is public at \`url\`, new or changed: fetch
  \`url\` + \`.md\`, \`.json\` or \`.pdf\`), \`unpublished\` or \`deleted\` (remove your copy;
  no \`url\`). A published entry whose slug was renamed appears as \`published\`
  with the same **id** at its new \`slug\`: key your copy by \`id\` (the feed item's
  stable id, never the URL), and remove the files at the old address.
- **cursor**: store it once you have applied the page, and ask
  \`/changes.json?since=<cursor>\` next time. It is opaque (do not build one), means
  the same on every server of the site and survives restarts. A page
  without changes still gives a cursor, the one you sent.
- **next_url** is there while more changes remain: follow it until it is absent.
- A change is listed only once what it says is served: a \`published\` change's
  files answer by the time you read it. Fetch them when you apply it: if the
  address no longer serves that \`id\` (404, or another entry's JSON), the entry
  moved on since and a later change says where; remove your copy for now.
- Every change is kept, so any cursor this site gave stays valid. A malformed
  cursor, or one this site never gave (another site, a restored older
  database), gets **400** with a message: start again without \`since\`. A
  **410** would mean the site no longer holds that history: start again from
  an empty copy.
- Pages carry an \`ETag\`: send it back as \`If-None-Match\` and an unchanged page
  answers **304** with no body.

Applying every change from the beginning leaves exactly the entries of the
feed, and replaying a page you had half applied changes nothing (each change
says what to make true), so a consumer may stop anywhere and start again from
its stored cursor.

### A worked example

1. A new consumer asks \`GET ${base}/changes.json\` and gets three changes:
   \`published\` \`backend-developer\`, \`published\` \`api-developer\`, \`published\`
   \`qa-engineer\`, and \`"cursor": "djE6Mw"\`. It fetches each \`url\` + \`.md\` and
   \`.json\`, writes them, stores \`djE6Mw\`.
2. An editor renames \`api-developer\` to \`api-engineer\` and unpublishes
   \`qa-engineer\`. The consumer asks \`GET ${base}/changes.json?since=djE6Mw\`:
   \`published\` id \`urn:careers:career-path:api-developer\` at slug \`api-engineer\`
   (the id it already had: it writes the new files and removes
   \`api-developer.md\` and \`.json\`), then \`unpublished\` \`qa-engineer\` (it removes
   that copy); cursor \`djE6NQ\`.
3. Nothing happens for a while: \`?since=djE6NQ\` answers \`"changes": []\` with the
   same cursor, or 304 to a request with the page's ETag.

\`careers mirror ${base} <dir>\` (the \`careers\` command of this project) does
exactly this into a folder, with the cursor in \`<dir>/.careers-mirror.json\`.
`
}
