import { feedUrl, indexUrl, siteUrl, type SiteSettings } from '../site.js'
import { compareFeedPlaces, feedPlaceOf } from '../contract/feed-order.js'
import { jsonFeedVersion, type CareerPathFeed, type CareerPathFeedItem } from './feed-types.js'

/** The page size a server uses when asked for none, and the most it gives. */
export const defaultFeedPageSize = 50
export const maxFeedPageSize = 100

/**
 * The JSON Feed 1.1 document. Items come in the feed's order (`contract/feed-order.ts`:
 * newest first, then title, then id). Paging is the server's (the CMS's feed pages by cursor, with this document's head).
 */
export function buildFeed(items: CareerPathFeedItem[], site: SiteSettings): CareerPathFeed {
  const sorted = [...items].sort((a, b) => compareFeedPlaces(feedPlaceOf(a), feedPlaceOf(b)))
  return {
    version: jsonFeedVersion,
    title: site.feed.title,
    home_page_url: indexUrl(site),
    feed_url: feedUrl(site),
    description: site.feed.description,
    language: site.language,
    authors: [{ name: site.siteName, url: siteUrl(site) }],
    items: sorted,
  }
}

/** A requested page size, kept between 1 and the cap. */
export function clampPageSize(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return defaultFeedPageSize
  return Math.min(maxFeedPageSize, Math.max(1, Math.floor(requested)))
}
