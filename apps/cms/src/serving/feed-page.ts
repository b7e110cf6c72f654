import { createHash } from 'node:crypto'
import { buildFeed, clampPageSize, feedUrl, type SiteSettings } from '@careers/publishing'
import { defaultFeedPageSize } from '@careers/publishing/feed'
import type { Payload, Where } from 'payload'
import { feedItemsSlug } from '../collections/slugs'
import { type FeedRow, sqlFeedRows, sqlTables } from '../store/sql-reads'

/**
 * The feed's order is newest first (`date_modified`), then title, then id: a
 * total order, so a cursor names a place in it exactly and the pages cover
 * every item once, however entries come and go between requests. A page is
 * one indexed query of at most `limit + 1` rows, wherever it starts.
 */
export interface FeedCursor {
  newestFirst: number
  title: string
  itemId: string
}

export class BadCursorError extends Error {}

/** Opaque to readers: base64url of the last item's place. */
export function encodeCursor({ newestFirst, title, itemId }: FeedCursor): string {
  return Buffer.from(JSON.stringify([newestFirst, title, itemId])).toString('base64url')
}

export function decodeCursor(text: string): FeedCursor {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    throw new BadCursorError(`"after" must be a cursor from a next_url of this feed; "${text.slice(0, 40)}" is not one`)
  }
  if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'number' || typeof value[1] !== 'string' || typeof value[2] !== 'string') {
    throw new BadCursorError(`"after" must be a cursor from a next_url of this feed; "${text.slice(0, 40)}" is not one`)
  }
  return { newestFirst: value[0], title: value[1], itemId: value[2] }
}

/** Rows after `cursor` in the feed's order (MongoDB's query; `sql-reads.ts` has the SQL one). */
function after({ newestFirst, title, itemId }: FeedCursor): Where {
  return {
    or: [
      { newestFirst: { greater_than: newestFirst } },
      { and: [{ newestFirst: { equals: newestFirst } }, { title: { greater_than: title } }] },
      { and: [{ newestFirst: { equals: newestFirst } }, { title: { equals: title } }, { itemId: { greater_than: itemId } }] },
    ],
  }
}

export interface FeedRequest {
  locale: string
  after?: FeedCursor
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
export async function feedPage(payload: Payload, site: SiteSettings, { locale, after: cursor, limit: requested }: FeedRequest, withItems: boolean): Promise<FeedPageResult> {
  const limit = clampPageSize(requested)
  const tables = sqlTables(payload)
  const query = async (items: boolean): Promise<FeedRow[]> =>
    tables
      ? sqlFeedRows(tables, { locale, ...(cursor ? { after: cursor } : {}), limit: limit + 1, items })
      : (
          await payload.db.find<FeedRow & { id: string | number }>({
            collection: feedItemsSlug,
            where: { and: [{ locale: { equals: locale } }, ...(cursor ? [after(cursor)] : [])] },
            sort: ['newestFirst', 'title', 'itemId'],
            limit: limit + 1,
            pagination: false,
            select: { newestFirst: true, title: true, itemId: true, etag: true, ...(items ? { item: true } : {}) },
          })
        ).docs
  let docs = await query(withItems)
  const more = docs.length > limit
  const rows = docs.slice(0, limit)
  const last = rows[rows.length - 1]
  const next = more && last ? `${feedUrl(site)}?after=${encodeCursor(last)}${limit === defaultFeedPageSize ? '' : `&limit=${limit}`}` : undefined
  const { items: _none, ...head } = buildFeed([], site)
  const headJson = JSON.stringify(head)
  const etag = createHash('sha256')
    .update(JSON.stringify([headJson, next ?? null, rows.map((r) => r.etag)]))
    .digest('base64url')
    .slice(0, 32)
  return {
    etag,
    body: async () => {
      if (!withItems) docs = await query(true)
      const items = docs.slice(0, limit).map((r) => r.item ?? 'null')
      return `${headJson.slice(0, -1)},"items":[${items.join(',')}]${next ? `,"next_url":${JSON.stringify(next)}` : ''}}\n`
    },
  }
}
