import type { SiteSettings } from '../site.js'
import { careerPathJsonVersion } from './entry-json.js'

/** The page that the `about` URL of `_career_path` points to: what a consumer may rely on. */
export function extensionDoc(site: Pick<SiteSettings, 'siteName'>): string {
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
`
}
