import { buildFeed, clampPageSize, feedUrl, type SiteSettings } from '@careers/publishing'
import { defaultFeedPageSize } from '@careers/publishing/feed'
import { encodeFeedCursor, type FeedPlace } from '@careers/publishing/contract'
import type { Payload } from 'payload'
import { contentHash } from '@careers/publishing'
import { type FeedRow, storeOf } from '../store/store'

/**
 * A page of the feed is one indexed query of at most `limit + 1` stored rows
 * in the feed's order (`@careers/publishing`'s `feedOrder`), wherever it
 * starts: `after` is the place of the previous page's last item.
 */
export interface FeedRequest {
  locale: string
  after?: FeedPlace
  limit?: number
}

export interface FeedPageResult {
  etag: string
  /** The page's JSON, made only when asked for (a matching conditional request never needs it). */
  body: () => Promise<string>
}

/**
 * One page of the stored feed. Its ETag comes from the feed's head and the
 * page's rows' stored ETags (a small query without the items); the body splices
 * the stored item JSON into the head, parsing and serializing no item.
 */
export async function feedPage(payload: Payload, site: SiteSettings, { locale, after, limit: requested }: FeedRequest, withItems: boolean): Promise<FeedPageResult> {
  const limit = clampPageSize(requested)
  const query = (items: boolean): Promise<FeedRow[]> => storeOf(payload).feedRows({ locale, ...(after ? { after } : {}), limit: limit + 1, items })
  let docs = await query(withItems)
  const more = docs.length > limit
  const rows = docs.slice(0, limit)
  const last = rows[rows.length - 1]
  const next = more && last ? `${feedUrl(site)}?after=${encodeFeedCursor(last)}${limit === defaultFeedPageSize ? '' : `&limit=${limit}`}` : undefined
  const { items: _none, ...head } = buildFeed([], site)
  const headJson = JSON.stringify(head)
  const etag = contentHash(JSON.stringify([headJson, next ?? null, rows.map((r) => r.etag)]))
  return {
    etag,
    body: async () => {
      if (!withItems) docs = await query(true)
      const items = docs.slice(0, limit).map((r) => r.item ?? 'null')
      return `${headJson.slice(0, -1)},"items":[${items.join(',')}]${next ? `,"next_url":${JSON.stringify(next)}` : ''}}\n`
    },
  }
}
