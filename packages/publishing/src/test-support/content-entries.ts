import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CareerPath, Locale } from '@careers/career-path'
import { parseMarkdown } from '../markdown/parse-markdown.js'
import { repoContentDir } from './content-fixture.js'

/** The repository's `content/career-paths` folder. */
export const entriesDir = join(repoContentDir, 'career-paths')

export interface ContentEntry {
  file: string
  markdown: string
  entry: CareerPath
}

/** Every entry in `content/career-paths`, parsed; throws on a file with errors. */
export function loadContentEntries(): { entries: ContentEntry[]; relatedTitles: Record<string, string> } {
  const entries = readdirSync(entriesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const markdown = readFileSync(join(entriesDir, file), 'utf8')
      const { entry, issues } = parseMarkdown(markdown)
      if (!entry) throw new Error(`${file}: ${JSON.stringify(issues)}`)
      return { file, markdown, entry }
    })
  const relatedTitles = Object.fromEntries(entries.map(({ entry }) => [entry.slug, entry.title]))
  return { entries, relatedTitles }
}

/** A translation folder: `content/<locale>/career-paths`. */
export const translationsDir = (locale: Locale) => join(repoContentDir, locale, 'career-paths')

/** Every shipped translation of a locale, parsed; throws on a file with errors. */
export function loadTranslations(locale: Locale): { entries: ContentEntry[]; relatedTitles: Record<string, string> } {
  const dir = translationsDir(locale)
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const markdown = readFileSync(join(dir, file), 'utf8')
      const { entry, issues } = parseMarkdown(markdown, { locale })
      if (!entry) throw new Error(`${locale}/${file}: ${JSON.stringify(issues)}`)
      return { file, markdown, entry }
    })
  return { entries, relatedTitles: Object.fromEntries(entries.map(({ entry }) => [entry.slug, entry.title])) }
}
