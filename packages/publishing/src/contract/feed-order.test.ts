import { describe, expect, it } from 'vitest'
import { compareFeedPlaces, feedPlaceOf, newestFirstOf } from './feed-order.js'

describe('the feed’s order', () => {
  it('is newest first, then title, then id, by code point; undated items last', () => {
    const items = [
      { id: 'b', title: 'Zoo', date_modified: '2024-01-01T00:00:00Z' },
      { id: 'c', title: 'alpha' },
      { id: 'a', title: 'Zoo', date_modified: '2024-01-01T00:00:00Z' },
      { id: 'd', title: 'Zoo', date_modified: '2024-01-01T00:00:00.250Z' },
      { id: 'e', title: 'Apple', date_modified: '2024-01-01T00:00:00Z' },
    ]
    const sorted = [...items].sort((x, y) => compareFeedPlaces(feedPlaceOf(x), feedPlaceOf(y)))
    expect(sorted.map((item) => item.id)).toEqual(['d', 'e', 'a', 'b', 'c'])
  })

  it('keys dates as negated milliseconds, 0 without one', () => {
    expect(newestFirstOf('1970-01-01T00:00:01Z')).toBe(-1000)
    expect(newestFirstOf(undefined)).toBe(0)
    expect(newestFirstOf('not a date')).toBe(0)
  })
})
