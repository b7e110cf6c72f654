import { feedUrl, indexUrl, siteUrl, type SiteSettings } from '../site.js'
import { jsonFeedVersion, type CareerPathFeed, type CareerPathFeedItem } from './feed-types.js'

/** The page size a server uses when asked for none, and the most it gives. */
export const defaultFeedPageSize = 50
export const maxFeedPageSize = 100

/**
 * The JSON Feed 1.1 document. Items come newest first (by `date_modified`, then
 * title). Paging is the server's (the CMS's feed pages by cursor, with this document's head).
 */
export function buildFeed(items: CareerPathFeedItem[], site: SiteSettings): CareerPathFeed {
  const sorted = [...items].sort(newestFirst)
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

/** By date (as instants: `…00.250Z` is after `…00Z`), then title and id by code point, so every server sorts alike. */
function newestFirst(a: CareerPathFeedItem, b: CareerPathFeedItem): number {
  const instant = (item: CareerPathFeedItem) => (item.date_modified ? Date.parse(item.date_modified) : -Infinity)
  return instant(b) - instant(a) || byCodePoint(a.title ?? '', b.title ?? '') || byCodePoint(a.id, b.id)
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
