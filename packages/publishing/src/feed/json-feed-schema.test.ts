import { parseJsonFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'
import { loadContentEntries } from '../test-support/content-entries.js'
import { sampleSite } from '../test-support/sample-entry.js'
import { jsonFeedErrors as errorsOf } from '../test-support/json-feed-schema.js'
import { buildFeed } from './build-feed.js'
import { careerPathToJson } from './entry-json.js'
import { careerPathFeedItem } from './feed-item.js'
import type { CareerPathFeed } from './feed-types.js'

const { entries, relatedTitles } = loadContentEntries()
const items = entries.map(({ entry, markdown }, i) =>
  careerPathFeedItem({ entry, markdown, json: careerPathToJson(entry, sampleSite, relatedTitles), sizes: { pdf: 40_000 + i, markdown: Buffer.byteLength(markdown) }, relatedTitles }, sampleSite),
)
const feed = buildFeed(items, sampleSite)
// What a client receives: the feed as JSON text.
const served = JSON.parse(JSON.stringify(feed)) as CareerPathFeed

describe('the JSON Feed of all content entries', () => {
  it('holds every entry', () => {
    expect(served.items.map((i) => i._career_path.slug).sort()).toEqual(entries.map((e) => e.entry.slug).sort())
  })

  it('is valid JSON Feed 1.1 (ajv, schema written from the spec)', () => {
    expect(errorsOf(served)).toEqual([])
  })

  it('is valid when paged too: a page of items with the next_url a server adds', () => {
    const page = JSON.parse(JSON.stringify({ ...buildFeed(items.slice(0, 3), sampleSite), next_url: `${sampleSite.baseUrl}/feed.json?after=djE6Mw&limit=3` }))
    expect(errorsOf(page)).toEqual([])
  })

  describe('the schema can fail (so the passing test above means something)', () => {
    const broken = (mutate: (f: Record<string, any>) => void) => {
      const copy = structuredClone(served) as unknown as Record<string, any>
      mutate(copy)
      return errorsOf(copy)
    }
    it.each<[string, (f: Record<string, any>) => void]>([
      ['no version', (f) => delete f.version],
      ['version 1', (f) => (f.version = 'https://jsonfeed.org/version/1')],
      ['no title', (f) => delete f.title],
      ['an item without id', (f) => delete f.items[0].id],
      ['an item with a numeric id', (f) => (f.items[0].id = 42)],
      [
        'an item without content',
        (f) => {
          delete f.items[0].content_html
          delete f.items[0].content_text
        },
      ],
      ['an attachment without mime_type', (f) => delete f.items[0].attachments[0].mime_type],
      ['an attachment without url', (f) => delete f.items[0].attachments[1].url],
      ['a date without time zone', (f) => (f.items[0].date_modified = '2026-11-01T00:00:00')],
      ['a bare date', (f) => (f.items[0].date_published = '2026-11-01')],
      ['a relative url', (f) => (f.items[0].url = '/career-paths/x')],
      ['an unknown key', (f) => (f.items[0].careerPath = {})],
      ['an extension key without underscore letter', (f) => (f.items[0]._1x = {})],
      ['tags that are not strings', (f) => (f.items[0].tags = [1])],
      ['an extension about that is not a URL', (f) => (f.items[0]._career_path.about = 'feed-extension')],
    ])('refuses %s', (_what, mutate) => {
      expect(broken(mutate)).not.toEqual([])
    })
  })

  it('reads the same through feedsmith, an independent JSON Feed parser', () => {
    const parsed = parseJsonFeed(JSON.stringify(feed), { parseDateFn: (raw) => new Date(raw) })
    expect(parsed.title).toBe(sampleSite.feed.title)
    expect(parsed.feed_url).toBe(feed.feed_url)
    expect(parsed.items).toHaveLength(entries.length)
    parsed.items!.forEach((item, i) => {
      const ours = feed.items[i]!
      expect(item.id).toBe(ours.id)
      expect(item.url).toBe(ours.url)
      expect(item.title).toBe(ours.title)
      expect(item.content_html).toBe(ours.content_html.trim())
      // feedsmith trims string values; the Markdown's final newline is all it drops.
      expect(item.content_text).toBe(ours.content_text.trim())
      expect(item.summary).toBe(ours.summary)
      expect(item.tags).toEqual(ours.tags)
      expect(Number.isNaN(item.date_published!.getTime())).toBe(false)
      expect(item.date_modified!.toISOString().replace('.000Z', 'Z')).toBe(ours.date_modified)
      expect(item.attachments).toEqual(ours.attachments)
    })
  })
})
