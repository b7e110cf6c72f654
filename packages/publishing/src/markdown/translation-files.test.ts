import { entryHeadingKeys, formsUsed, localeCodes, translationRevision, type Locale } from '@careers/career-path'
import { describe, expect, it } from 'vitest'
import { loadContentEntries, loadTranslations } from '../test-support/content-entries.js'
import { parseMarkdown } from './parse-markdown.js'
import { renderMarkdown } from './render-markdown.js'

const sources = new Map(loadContentEntries().entries.map(({ entry }) => [entry.slug, entry]))
const translated = localeCodes.filter((l): l is Exclude<Locale, 'en'> => l !== 'en')

describe.each(translated)('shipped translations in %s', (locale) => {
  const { entries, relatedTitles } = loadTranslations(locale)

  it('hold backend-developer and at least four other entries', () => {
    expect(entries.map((e) => e.entry.slug)).toContain('backend-developer')
    expect(entries.length).toBeGreaterThanOrEqual(5)
  })

  describe.each(entries)('$file', ({ file, markdown, entry }) => {
    it('parses with no issues, in its locale, under its slug, and translates an English entry', () => {
      const parsed = parseMarkdown(markdown, { locale })
      expect(parsed.issues).toEqual([])
      expect(entry.locale).toBe(locale)
      expect(`${entry.slug}.md`).toBe(file)
      expect(sources.has(entry.slug)).toBe(true)
    })

    it('re-renders byte for byte', () => {
      const rendered = renderMarkdown(entry, { relatedTitles })
      expect(Buffer.from(rendered).equals(Buffer.from(markdown))).toBe(true)
    })

    it('has its source’s sections, tags and occupation code, and links only to entries translated too', () => {
      const source = sources.get(entry.slug)!
      expect(entryHeadingKeys(entry)).toEqual(entryHeadingKeys(source))
      expect([entry.tags, entry.occupationCode]).toEqual([source.tags, source.occupationCode])
      for (const slug of entry.related) expect(Object.keys(relatedTitles)).toContain(slug)
      expect(entry.related).toEqual(source.related.filter((slug) => slug in relatedTitles))
    })

    it('gives every form its headings need, and is current with its source', () => {
      expect(Object.keys(entry.forms ?? {}).sort()).toEqual(formsUsed(locale, entryHeadingKeys(entry)).sort())
      expect(entry.translation?.sourceRevision).toBe(translationRevision(sources.get(entry.slug)!))
    })
  })
})
