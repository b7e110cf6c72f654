import { feedUrl, indexUrl, siteUrl, type SiteSettings } from '../site.js'
import { compareFeedPlaces, feedPlaceOf } from '../contract/feed-order.js'
import { jsonFeedVersion, type CareerPathFeed, type CareerPathFeedItem } from './feed-types.js'

export interface FeedPage {
  /** 1-based page number. */
  page: number
  /** Items per page; the default when absent, and never more than the cap. */
  pageSize?: number
}

/** The page size a server uses when asked for none, and the most it gives. */
export const defaultFeedPageSize = 50
export const maxFeedPageSize = 100

/**
 * The JSON Feed 1.1 document. Items come in the feed's order (`contract/feed-order.ts`:
 * newest first, then title, then id). With `page`, only that page's items, and `next_url` while more remain.
 */
export function buildFeed(items: CareerPathFeedItem[], site: SiteSettings, paging?: FeedPage): CareerPathFeed {
  const sorted = [...items].sort((a, b) => compareFeedPlaces(feedPlaceOf(a), feedPlaceOf(b)))
  const base: CareerPathFeed = {
    version: jsonFeedVersion,
    title: site.feed.title,
    home_page_url: indexUrl(site),
    feed_url: feedUrl(site),
    description: site.feed.description,
    language: site.language,
    authors: [{ name: site.siteName, url: siteUrl(site) }],
    items: sorted,
  }
  if (!paging) return base
  const pageSize = clampPageSize(paging.pageSize)
  const page = Math.max(1, Math.floor(paging.page) || 1)
  const start = (page - 1) * pageSize
  const feed: CareerPathFeed = { ...base, items: sorted.slice(start, start + pageSize) }
  if (start + pageSize < sorted.length) {
    feed.next_url = `${feedUrl(site)}?page=${page + 1}${pageSize === defaultFeedPageSize ? '' : `&limit=${pageSize}`}`
  }
  return feed
}

/**
 * The page a `feed.json` request asks for: the reader of the `?page=&limit=` that
 * `next_url` writes. `buildFeed` turns missing or malformed values into page 1 and the default size.
 */
export function feedPageFromQuery(query: URLSearchParams): FeedPage {
  const number = (key: string) => {
    const value = query.get(key)
    return value === null || value.trim() === '' ? undefined : Number(value)
  }
  return { page: number('page') ?? 1, pageSize: number('limit') }
}

/** A requested page size, kept between 1 and the cap. */
export function clampPageSize(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return defaultFeedPageSize
  return Math.min(maxFeedPageSize, Math.max(1, Math.floor(requested)))
}
