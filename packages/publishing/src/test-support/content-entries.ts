import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CareerPath } from '@careers/career-path'
import { parseMarkdown } from '../markdown/parse-markdown.js'

/** The repository's `content/career-paths` folder. */
export const contentDir = fileURLToPath(new URL('../../../../content/career-paths/', import.meta.url))

export interface ContentEntry {
  file: string
  markdown: string
  entry: CareerPath
}

/** Every entry in `content/career-paths`, parsed; throws on a file with errors. */
export function loadContentEntries(): { entries: ContentEntry[]; relatedTitles: Record<string, string> } {
  const entries = readdirSync(contentDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const markdown = readFileSync(contentDir + file, 'utf8')
      const { entry, issues } = parseMarkdown(markdown)
      if (!entry) throw new Error(`${file}: ${JSON.stringify(issues)}`)
      return { file, markdown, entry }
    })
  const relatedTitles = Object.fromEntries(entries.map(({ entry }) => [entry.slug, entry.title]))
  return { entries, relatedTitles }
}

/** Site settings for the tests over the content: the PDF tests' own. */
export { sampleSite as testSite } from './sample-entry.js'
