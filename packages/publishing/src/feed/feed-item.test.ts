import { normalizeRichText, paragraphs, type CareerPath } from '@careers/career-path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markdownProcessor } from '../markdown/processor.js'
import { renderMarkdown } from '../markdown/render-markdown.js'
import { careerPath } from '../test-support/arbitrary-entry.js'
import { loadContentEntries } from '../test-support/content-entries.js'
import { sampleSite } from '../test-support/sample-entry.js'
import type { SiteSettings } from '../site.js'
import { careerPathToJson } from './entry-json.js'
import { careerPathFeedItem } from './feed-item.js'

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

const { entries, relatedTitles } = loadContentEntries()
const api = entries.find((e) => e.entry.slug === 'api-developer')!

function itemOf(entry: CareerPath, site: SiteSettings = sampleSite, sizes = { pdf: 123_456, markdown: 7_890 }) {
  const json = careerPathToJson(entry, site, relatedTitles)
  return careerPathFeedItem({ entry, markdown: renderMarkdown(entry, { relatedTitles }), json, sizes, relatedTitles }, site)
}

/** A small entry with formatting in its definition, for exact expectations. */
function formatted(): CareerPath {
  return {
    title: 'API Developer',
    slug: 'api-developer',
    definition: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'An ' },
            { type: 'strong', children: [{ type: 'text', value: 'API Developer' }] },
            { type: 'text', value: ' builds ' },
            { type: 'link', url: 'https://example.com/api', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'interfaces' }] }] },
            { type: 'text', value: ' with ' },
            { type: 'inlineCode', value: 'curl' },
            { type: 'text', value: '.' },
            { type: 'break' },
            { type: 'text', value: 'Second line.' },
          ],
        },
      ],
    },
    whatTheyDo: paragraphs('Work.'),
    responsibilities: ['One.'],
    specializations: [],
    faqs: [],
    related: [],
  }
}

describe('careerPathFeedItem: the item contract', () => {
  describe('id', () => {
    it('is stable: the same entry gives the same id, build after build', () => {
      for (const { entry } of entries) {
        expect(itemOf(entry).id).toBe(itemOf(structuredClone(entry)).id)
      }
    })

    it('is unique across entries and is not the URL', () => {
      const items = entries.map(({ entry }) => itemOf(entry))
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
      for (const item of items) {
        expect(item.id).not.toContain(sampleSite.baseUrl)
        expect(item.id).not.toContain(new URL(sampleSite.baseUrl).host)
        expect(item.id).not.toBe(item.url)
      }
    })

    it('does not move with the site: changing baseUrl changes url, not id', () => {
      const moved: SiteSettings = { ...sampleSite, baseUrl: 'https://jobs.example.org/careers' }
      for (const { entry } of entries) {
        const before = itemOf(entry)
        const after = itemOf(entry, moved)
        expect(after.id).toBe(before.id)
        expect(after.url).not.toBe(before.url)
        expect(after.url).toBe(`https://jobs.example.org/careers/career-paths/${entry.slug}`)
        expect(after.attachments!.every((a) => a.url.startsWith('https://jobs.example.org/careers/'))).toBe(true)
        expect(after._career_path.id).toBe(before.id)
      }
    })

    it('is the entry’s own id when it has one', () => {
      const entry = { ...formatted(), id: 'career-path:0001' }
      expect(itemOf(entry).id).toBe('career-path:0001')
      expect(itemOf({ ...entry, slug: 'renamed' }).id).toBe('career-path:0001')
    })
  })

  it('has url and title of the public page', () => {
    const item = itemOf(api.entry)
    expect(item.url).toBe('https://careers.example.com/career-paths/api-developer')
    expect(item.title).toBe('API Developer Career Path')
  })

  describe('summary', () => {
    it('is non-empty plain text for every content entry, taken from the definition', () => {
      for (const { entry } of entries) {
        const { summary } = itemOf(entry)
        expect(summary!.trim().length, entry.slug).toBeGreaterThan(20)
        expect(summary!.length).toBeLessThanOrEqual(280)
        expect(summary, entry.slug).not.toMatch(/[<>]|\]\(|\*\*|`|\n/)
        expect(summary!.split(' ').slice(0, 3).join(' ')).toMatch(new RegExp(`^An? ${entry.title.split(' ')[0]}`))
      }
    })

    it('drops formatting but keeps its words', () => {
      expect(itemOf(formatted()).summary).toBe('An API Developer builds interfaces with curl. Second line.')
    })

    it('separates list items when the definition opens with a list', () => {
      const entry = {
        ...formatted(),
        definition: {
          type: 'root',
          children: [
            {
              type: 'list',
              ordered: false,
              spread: false,
              children: ['Builds APIs.', 'Documents them.'].map((value) => ({
                type: 'listItem',
                spread: false,
                children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
              })),
            },
          ],
        },
      } as CareerPath
      expect(itemOf(entry).summary).toBe('Builds APIs. Documents them.')
    })

    it('cuts a long definition at a sentence, within 280 characters', () => {
      const sentence = 'This sentence is exactly fifty characters long ok. '
      expect(sentence.length).toBe(51)
      const entry = { ...formatted(), definition: paragraphs(sentence.repeat(10).trim()) }
      const { summary } = itemOf(entry)
      expect(summary!.length).toBeLessThanOrEqual(280)
      expect(summary).toBe(sentence.repeat(5).trim())
    })

    it('cuts one long sentence at a word, with an ellipsis', () => {
      const entry = { ...formatted(), definition: paragraphs(Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ')) }
      const { summary } = itemOf(entry)
      expect(summary!.length).toBeLessThanOrEqual(280)
      expect(summary).toMatch(/ word\d+…$/)
    })
  })

  describe('dates', () => {
    it('are RFC 3339 date-times for the content entries', () => {
      for (const { entry } of entries) {
        const item = itemOf(entry)
        expect(item.date_published).toMatch(rfc3339)
        expect(item.date_modified).toMatch(rfc3339)
        expect(Date.parse(item.date_published!)).toBe(Date.parse(`${entry.published}T00:00:00Z`))
        expect(Date.parse(item.date_modified!)).toBe(Date.parse(`${entry.updated}T00:00:00Z`))
      }
    })

    it.each([
      ['2026-11-01', '2026-11-01T00:00:00Z'],
      ['2026-11-01T10:30:00Z', '2026-11-01T10:30:00Z'],
      ['2026-11-01T10:30:00+02:00', '2026-11-01T08:30:00Z'],
      ['2026-11-01T10:30:00.250-05:00', '2026-11-01T15:30:00.250Z'],
      ['2026-11-01T10:30+01:00', '2026-11-01T09:30:00Z'],
    ])('%s is the instant %s', (updated, instant) => {
      const item = itemOf({ ...formatted(), published: '2026-01-01', updated })
      expect(item.date_modified).toMatch(rfc3339)
      expect(Date.parse(item.date_modified!)).toBe(Date.parse(instant))
    })

    it('date_modified falls back to the publication date; no dates without them', () => {
      const published = itemOf({ ...formatted(), published: '2025-03-04' })
      expect(published.date_published).toMatch(rfc3339)
      expect(Date.parse(published.date_modified!)).toBe(Date.parse('2025-03-04T00:00:00Z'))
      const undated = itemOf(formatted())
      expect(undated).not.toHaveProperty('date_published')
      expect(undated).not.toHaveProperty('date_modified')
    })
  })

  it('tags are the entry’s tags, and an empty list without any', () => {
    for (const { entry } of entries) expect(itemOf(entry).tags).toEqual(entry.tags)
    expect(itemOf(formatted()).tags ?? []).toEqual([])
  })

  it('has two attachments, the PDF and the Markdown, one title, the given sizes', () => {
    const item = itemOf(api.entry, sampleSite, { pdf: 98_765, markdown: 4_321 })
    expect(item.attachments).toHaveLength(2)
    const [pdf, md] = item.attachments!
    expect(pdf).toMatchObject({ mime_type: 'application/pdf', url: 'https://careers.example.com/career-paths/api-developer.pdf', size_in_bytes: 98_765 })
    expect(md).toMatchObject({ mime_type: 'text/markdown', url: 'https://careers.example.com/career-paths/api-developer.md', size_in_bytes: 4_321 })
    expect(pdf!.title).toBeTruthy()
    expect(md!.title).toBe(pdf!.title)
    expect(pdf!.title).toContain('API Developer')
  })

  describe('_career_path', () => {
    it('has an about URL, a version and the structured fields', () => {
      const item = itemOf(api.entry)
      const ext = item._career_path
      expect(new URL(ext.about).protocol).toBe('https:')
      expect(ext.about.startsWith(sampleSite.baseUrl)).toBe(true)
      expect(ext.version).toMatch(/^\d+(\.\d+)*$/)
      expect(ext).toMatchObject({
        id: item.id,
        title: 'API Developer',
        slug: 'api-developer',
        url: item.url,
        responsibilities: api.entry.responsibilities,
        specializations: api.entry.specializations,
        tags: ['engineering', 'backend', 'api'],
        occupationCode: '15-1252.00',
        published: '2026-11-01',
        updated: '2026-11-01',
      })
      expect(ext.faqs.map((f) => f.question)).toEqual(api.entry.faqs.map((f) => f.question))
      expect(ext.related).toEqual(api.entry.related.map((slug) => ({ slug, title: relatedTitles[slug], url: `https://careers.example.com/career-paths/${slug}` })))
      expect(ext.whatTheyDo).toContain('[OpenAPI](https://www.openapis.org/)')
      for (const field of ['definition', 'whatTheyDo', 'workEnvironment', 'workingConditions', 'difficulty', 'outlook'] as const) {
        expect(typeof ext[field], field).toBe('string')
        expect(ext[field]!.length, field).toBeGreaterThan(50)
      }
    })

    it('survives JSON: nothing undefined, nothing lost', () => {
      for (const { entry } of entries) {
        const json = careerPathToJson(entry, sampleSite, relatedTitles)
        expect(JSON.parse(JSON.stringify(json))).toEqual(json)
      }
    })

    it('holds rich text as Markdown that reads back to the same rich text (property)', () => {
      fc.assert(
        fc.property(careerPath, (entry) => {
          const json = careerPathToJson(entry, sampleSite)
          const read = (markdown: string) => normalizeRichText(markdownProcessor.parse(markdown))
          expect(read(json.definition)).toEqual(entry.definition)
          expect(read(json.whatTheyDo)).toEqual(entry.whatTheyDo)
          if (entry.outlook) expect(read(json.outlook!)).toEqual(entry.outlook)
          else expect(json).not.toHaveProperty('outlook')
          for (const [i, faq] of json.faqs.entries()) expect(read(faq.answer)).toEqual(entry.faqs[i]!.answer)
        }),
      )
    })
  })

  it('content_html starts at the first section and links related entries to their public pages', () => {
    const { content_html } = itemOf(api.entry)
    expect(content_html.startsWith('<h2>Definition of an API Developer</h2>')).toBe(true)
    expect(content_html).not.toContain('<h1')
    expect(content_html).toContain('<a href="https://careers.example.com/career-paths/qa-engineer">QA Engineer</a>')
    expect(content_html).toContain('<a href="https://www.openapis.org/">OpenAPI</a>')
  })

  describe('careerPathToJson', () => {
    it('titles a related entry by its slug when no title is known, even a slug that names an Object method', () => {
      const entry = { ...formatted(), related: ['constructor', 'to-string'] }
      expect(careerPathToJson(entry, sampleSite).related.map((r) => r.title)).toEqual(['constructor', 'to-string'])
      expect(careerPathToJson(entry, sampleSite, { 'to-string': 'To String' }).related.map((r) => r.title)).toEqual(['constructor', 'To String'])
    })
  })
})
