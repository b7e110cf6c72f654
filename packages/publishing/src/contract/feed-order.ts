/**
 * The feed's order, defined once: newest first (`date_modified`), then title,
 * then the item's id, each compared by code point. A total order, so a cursor
 * names a place in it exactly and the pages cover every item once, however
 * entries come and go between requests. The CMS stores each item's place as
 * three columns and pages along an index on them; `buildFeed` sorts by it.
 */

/** An item's place in the feed's order: the columns a store sorts and pages by. */
export interface FeedPlace {
  /** `date_modified` in milliseconds, negated (0 without a date): ascending is newest first, and numbers sort alike in every database. */
  newestFirst: number
  title: string
  itemId: string
}

/** The place's fields, most significant first, each ascending. */
export const feedOrder = ['newestFirst', 'title', 'itemId'] as const satisfies readonly (keyof FeedPlace)[]

/** The sort key of an item's `date_modified`: a date that is missing or unreadable sorts after every dated item. */
export function newestFirstOf(dateModified: string | undefined): number {
  const modified = dateModified ? Date.parse(dateModified) : Number.NaN
  return Number.isFinite(modified) ? -modified : 0
}

/** The place of a feed item. */
export function feedPlaceOf(item: { id: string; title?: string; date_modified?: string }): FeedPlace {
  return { newestFirst: newestFirstOf(item.date_modified), title: item.title ?? '', itemId: item.id }
}

/** Negative when `a` comes first; strings by code point, so every server and database sorts alike. */
export function compareFeedPlaces(a: FeedPlace, b: FeedPlace): number {
  for (const field of feedOrder) {
    const x = a[field]
    const y = b[field]
    if (x < y) return -1
    if (x > y) return 1
  }
  return 0
}
