import { feedUrl, type SiteSettings } from '../site.js'
import { jsonFeedVersion, type CareerPathFeed, type CareerPathFeedItem } from './feed-types.js'

export interface FeedPage {
  /** 1-based page number. */
  page: number
  pageSize: number
}

/** The page size a server uses when asked for none, and the most it gives. */
export const defaultFeedPageSize = 50
export const maxFeedPageSize = 100

/**
 * The JSON Feed 1.1 document. Items come newest first (by `date_modified`, then
 * title). With `page`, only that page's items, and `next_url` while more remain.
 */
export function buildFeed(items: CareerPathFeedItem[], site: SiteSettings, paging?: FeedPage): CareerPathFeed {
  const sorted = [...items].sort(newestFirst)
  const base: CareerPathFeed = {
    version: jsonFeedVersion,
    title: site.feed.title,
    home_page_url: `${site.baseUrl.replace(/\/+$/, '')}/career-paths`,
    feed_url: feedUrl(site),
    description: site.feed.description,
    language: site.language,
    authors: [{ name: site.siteName, url: site.baseUrl }],
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

/** A requested page size, kept between 1 and the cap. */
export function clampPageSize(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return defaultFeedPageSize
  return Math.min(maxFeedPageSize, Math.max(1, Math.floor(requested)))
}

function newestFirst(a: CareerPathFeedItem, b: CareerPathFeedItem): number {
  const byDate = (b.date_modified ?? '').localeCompare(a.date_modified ?? '')
  return byDate || (a.title ?? '').localeCompare(b.title ?? '') || a.id.localeCompare(b.id)
}
