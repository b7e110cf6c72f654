import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sampleSite } from '../test-support/sample-entry.js'
import { buildFeed, type FeedPage, defaultFeedPageSize, feedPageFromQuery, maxFeedPageSize } from './build-feed.js'
import type { CareerPathFeed, CareerPathFeedItem } from './feed-types.js'

/** `n` items with distinct, shuffled dates (day i of 2026 for item i), some sharing a date. */
function makeItems(n: number, seed = 1): CareerPathFeedItem[] {
  const items = Array.from({ length: n }, (_, i): CareerPathFeedItem => {
    const day = new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 2))).toISOString().replace('.000Z', 'Z')
    return {
      id: `urn:test:item:${String(i).padStart(4, '0')}`,
      url: `${sampleSite.baseUrl}/career-paths/item-${i}`,
      title: `Item ${String(i).padStart(4, '0')} Career Path`,
      content_html: '<p>x</p>',
      content_text: 'x',
      date_published: day,
      date_modified: day,
      _career_path: {} as CareerPathFeedItem['_career_path'],
    }
  })
  // A deterministic shuffle, so the feed has to sort.
  let state = seed >>> 0
  for (let i = items.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    const j = state % (i + 1)
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

const ids = (feed: CareerPathFeed) => feed.items.map((i) => i.id)

/** Follows next_url from page 1 the way a client would, collecting every page. */
function walk(items: CareerPathFeedItem[], pageSize?: number): CareerPathFeed[] {
  const pages: CareerPathFeed[] = []
  let request: FeedPage | undefined = { page: 1, pageSize: pageSize ?? defaultFeedPageSize }
  while (request) {
    const page = buildFeed(items, sampleSite, request)
    pages.push(page)
    if (pages.length > 1_000) throw new Error('next_url never ends')
    if (!page.next_url) break
    const next = new URL(page.next_url)
    expect(next.origin + next.pathname).toBe(`${sampleSite.baseUrl}/feed.json`)
    request = feedPageFromQuery(next.searchParams)
  }
  return pages
}

/** Newest first: by date_modified, then by title (written here, not taken from the code). */
function expectedOrder(items: CareerPathFeedItem[]): string[] {
  return [...items].sort((a, b) => Date.parse(b.date_modified!) - Date.parse(a.date_modified!) || (a.title! < b.title! ? -1 : a.title! > b.title! ? 1 : 0)).map((i) => i.id)
}

describe('buildFeed paging', () => {
  const items = makeItems(120)

  it('120 items at 50 a page make 3 pages of 50, 50 and 20', () => {
    const pages = [1, 2, 3, 4].map((page) => buildFeed(items, sampleSite, { page, pageSize: 50 }))
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20, 0])
  })

  it('has next_url on pages 1 and 2 only, pointing at the next page', () => {
    const pages = [1, 2, 3].map((page) => buildFeed(items, sampleSite, { page, pageSize: 50 }))
    expect(pages.map((p) => p.next_url !== undefined)).toEqual([true, true, false])
    expect(new URL(pages[0]!.next_url!).searchParams.get('page')).toBe('2')
    expect(new URL(pages[1]!.next_url!).searchParams.get('page')).toBe('3')
    expect(pages[2]).not.toHaveProperty('next_url')
  })

  it('loses no item and repeats none across pages, newest first', () => {
    const pages = walk(items, 50)
    expect(pages).toHaveLength(3)
    const all = pages.flatMap(ids)
    expect(all).toHaveLength(120)
    expect(new Set(all).size).toBe(120)
    expect(all).toEqual(expectedOrder(items))
  })

  it('orders newest first regardless of input order', () => {
    const all = ids(buildFeed(items, sampleSite))
    expect(all).toEqual(expectedOrder(items))
    expect(ids(buildFeed([...items].reverse(), sampleSite))).toEqual(all)
    const dates = buildFeed(items, sampleSite).items.map((i) => Date.parse(i.date_modified!))
    expect(dates.every((d, i) => i === 0 || dates[i - 1]! >= d)).toBe(true)
  })

  it('orders by instant, not by the spelling of the date: .250 seconds is after the whole second', () => {
    const at = (id: string, date: string, title = 'Same Title'): CareerPathFeedItem => ({ ...items[0]!, id, title, date_modified: date })
    const feed = buildFeed([at('whole', '2026-05-01T10:00:00Z'), at('later', '2026-05-01T10:00:00.250Z'), at('earlier', '2026-05-01T09:59:59.999Z')], sampleSite)
    expect(ids(feed)).toEqual(['later', 'whole', 'earlier'])
  })

  it('breaks date ties by title code point, the same on every server whatever its locale', () => {
    const at = (id: string, title: string): CareerPathFeedItem => ({ ...items[0]!, id, title, date_modified: '2026-05-01T10:00:00Z' })
    // localeCompare would put "a…" between "Z…" and "É…"; code points put capitals first, accents last.
    expect(ids(buildFeed([at('e', 'Édition'), at('a', 'a lower'), at('z', 'Zed')], sampleSite))).toEqual(['z', 'a', 'e'])
  })

  it('reads page and limit back from next_url; a malformed query gets page 1 at the default size', () => {
    expect(feedPageFromQuery(new URLSearchParams('page=3&limit=20'))).toEqual({ page: 3, pageSize: 20 })
    for (const query of ['', 'page=&limit=', 'page=abc&limit=lots', 'page=-4&limit=0.5']) {
      const feed = buildFeed(items, sampleSite, feedPageFromQuery(new URLSearchParams(query)))
      expect(ids(feed), query).toEqual(expectedOrder(items).slice(0, query.includes('0.5') ? 1 : defaultFeedPageSize))
    }
  })

  it('caps the page size at 100, even when 1,000,000 are asked for', () => {
    expect(maxFeedPageSize).toBe(100)
    const page = buildFeed(items, sampleSite, { page: 1, pageSize: 1_000_000 })
    expect(page.items).toHaveLength(100)
    expect(page.next_url).toBeDefined()
    const pages = walk(items, 1_000_000)
    expect(pages.map((p) => p.items.length)).toEqual([100, 20])
    expect(pages.flatMap(ids)).toEqual(expectedOrder(items))
  })

  it.each([
    ['0', 0],
    ['-1', -1],
    ['-1000', -1000],
    ['NaN', Number.NaN],
    ['0.5', 0.5],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('page %s is page 1', (_label, page) => {
    const first = buildFeed(items, sampleSite, { page: 1, pageSize: 50 })
    const asked = buildFeed(items, sampleSite, { page, pageSize: 50 })
    expect(ids(asked)).toEqual(ids(first))
    expect(asked.next_url).toBe(first.next_url)
  })

  it.each([
    ['0', 0],
    ['-5', -5],
    ['NaN', Number.NaN],
  ])('page size %s still gives a page with items and a next_url that makes progress', (_label, pageSize) => {
    const pages = walk(items, pageSize)
    expect(pages[0]!.items.length).toBeGreaterThan(0)
    expect(pages.flatMap(ids)).toEqual(expectedOrder(items))
  })

  it('a page past the end is empty, with no next_url', () => {
    const page = buildFeed(items, sampleSite, { page: 99, pageSize: 50 })
    expect(page.items).toEqual([])
    expect(page).not.toHaveProperty('next_url')
  })

  it('an unpaged feed holds everything and has no next_url', () => {
    const feed = buildFeed(items, sampleSite)
    expect(feed.items).toHaveLength(120)
    expect(feed).not.toHaveProperty('next_url')
  })

  it('each page is still a whole feed document', () => {
    const page = buildFeed(items, sampleSite, { page: 2, pageSize: 50 })
    expect(page).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: sampleSite.feed.title, feed_url: `${sampleSite.baseUrl}/feed.json` })
  })

  it('does not change the items it is given', () => {
    const copy = structuredClone(items)
    buildFeed(items, sampleSite, { page: 2, pageSize: 50 })
    expect(items).toEqual(copy)
  })

  it('walking next_url visits every item exactly once, for any count and page size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 260 }), fc.integer({ min: -3, max: 130 }), fc.integer(), (n, pageSize, seed) => {
        const some = makeItems(n, seed)
        const pages = walk(some, pageSize)
        expect(pages.flatMap(ids)).toEqual(expectedOrder(some))
        expect(pages.every((p) => p.items.length <= maxFeedPageSize)).toBe(true)
        // Only the last page lacks next_url, and only it may be short.
        expect(pages.slice(0, -1).every((p) => p.next_url && p.items.length > 0)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
