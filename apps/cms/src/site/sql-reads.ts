import { and, asc, desc, eq, gt, lt, or, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

/**
 * The served routes' reads, straight through Drizzle on the SQL adapters
 * (SQLite and PostgreSQL share it; the operators are the same for both).
 * Payload's adapter `find` turns each row back into a document field by field:
 * measured on a feed page, 5.8 ms against 0.6 ms for the same query here, and
 * 1.5 ms against 0.3 ms for the ETags alone. These are our own tables, read by
 * key or in index order, with nothing for Payload's hooks or access to do.
 * MongoDB has no Drizzle: `sqlTables` is undefined there and the callers use
 * Payload's adapter instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: Drizzle's builder and Payload's generated tables, as loosely typed as the adapter exposes them
type Untyped = any

export interface SqlTables {
  drizzle: Untyped
  files: Untyped
  feedItems: Untyped
}

export function sqlTables(payload: Payload): SqlTables | undefined {
  const db = payload.db as { drizzle?: unknown; tables?: Record<string, unknown> }
  if (!db.drizzle || !db.tables?.published_files || !db.tables.feed_items) return undefined
  return { drizzle: db.drizzle, files: db.tables.published_files, feedItems: db.tables.feed_items }
}

export interface FileRow {
  contentType: string
  etag: string
  size: number
  updatedAt: string
  encoding?: string
  body?: string
}

export async function sqlStoredFile({ drizzle, files: t }: SqlTables, key: string, body: boolean): Promise<FileRow | undefined> {
  const columns = { contentType: t.contentType, etag: t.etag, size: t.size, updatedAt: t.updatedAt, ...(body ? { encoding: t.encoding, body: t.body } : {}) }
  const [row] = await drizzle.select(columns).from(t).where(eq(t.key, key)).limit(1)
  // PostgreSQL's numeric arrives as a string.
  return row ? { ...row, size: Number(row.size), updatedAt: String(row.updatedAt) } : undefined
}

export interface FeedRowQuery {
  locale: string
  after?: { modifiedMs: number; title: string; itemId: string }
  limit: number
  items: boolean
}

export interface FeedRow {
  modifiedMs: number
  title: string
  itemId: string
  etag: string
  item?: string
}

/** A page of the feed in its order (newest, then title, then id), after the cursor: the same query as `feed-page.ts` asks Payload for. */
export async function sqlFeedRows({ drizzle, feedItems: t }: SqlTables, { locale, after, limit, items }: FeedRowQuery): Promise<FeedRow[]> {
  const conditions: (SQL | undefined)[] = [eq(t.locale, locale)]
  if (after) {
    conditions.push(
      or(lt(t.modifiedMs, after.modifiedMs), and(eq(t.modifiedMs, after.modifiedMs), gt(t.title, after.title)), and(eq(t.modifiedMs, after.modifiedMs), eq(t.title, after.title), gt(t.itemId, after.itemId))),
    )
  }
  const columns = { modifiedMs: t.modifiedMs, title: t.title, itemId: t.itemId, etag: t.etag, ...(items ? { item: t.item } : {}) }
  const rows: FeedRow[] = await drizzle
    .select(columns)
    .from(t)
    .where(and(...conditions))
    .orderBy(desc(t.modifiedMs), asc(t.title), asc(t.itemId))
    .limit(limit)
  return rows.map((row) => ({ ...row, modifiedMs: Number(row.modifiedMs) }))
}
