import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CareerPath } from '@careers/career-path'
import { parseMarkdown } from '../markdown/parse-markdown.js'
import type { SiteSettings } from '../site.js'

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

/** Site settings for the feed tests (a copy of content/site.yml, so a change there can't break them silently). */
export const testSite: SiteSettings = {
  siteName: 'Canyon Careers',
  baseUrl: 'https://careers.example.com',
  language: 'en',
  feed: { title: 'Canyon Career Paths', description: 'Career-path guides for software roles.' },
  callToAction: { label: 'Ready to start? Try Canyon for free today.', url: 'https://canyon.example.com/signup' },
  handoutFooter: 'Canyon Careers · career-path handout',
}
