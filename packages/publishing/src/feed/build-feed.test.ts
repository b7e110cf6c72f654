import { describe, expect, it } from 'vitest'
import { sampleSite } from '../test-support/sample-entry.js'
import { buildFeed, clampPageSize, defaultFeedPageSize, maxFeedPageSize } from './build-feed.js'
import type { CareerPathFeed, CareerPathFeedItem } from './feed-types.js'

/** `n` items, two to a date (day i/2 of 2026 for item i), shuffled so the feed has to sort. */
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
  let state = seed >>> 0
  for (let i = items.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    const j = state % (i + 1)
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

const ids = (feed: CareerPathFeed) => feed.items.map((i) => i.id)

/** Newest first: by date_modified, then by title (written here, not taken from the code). */
function expectedOrder(items: CareerPathFeedItem[]): string[] {
  return [...items].sort((a, b) => Date.parse(b.date_modified!) - Date.parse(a.date_modified!) || (a.title! < b.title! ? -1 : a.title! > b.title! ? 1 : 0)).map((i) => i.id)
}

describe('buildFeed', () => {
  const items = makeItems(120)

  it('holds every item, newest first, and has no next_url', () => {
    const feed = buildFeed(items, sampleSite)
    expect(feed.items).toHaveLength(120)
    expect(feed).not.toHaveProperty('next_url')
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: sampleSite.feed.title, feed_url: `${sampleSite.baseUrl}/feed.json` })
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

  it('does not change the items it is given', () => {
    const copy = structuredClone(items)
    buildFeed(items, sampleSite)
    expect(items).toEqual(copy)
  })
})

describe('clampPageSize', () => {
  it('keeps a requested page size between 1 and 100; none or not a number is the default', () => {
    expect(maxFeedPageSize).toBe(100)
    expect(clampPageSize(1_000_000)).toBe(100)
    expect(clampPageSize(20)).toBe(20)
    expect(clampPageSize(20.9)).toBe(20)
    for (const tiny of [0, -5, 0.5]) expect(clampPageSize(tiny), String(tiny)).toBe(1)
    for (const none of [undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(clampPageSize(none), String(none)).toBe(defaultFeedPageSize)
  })
})
