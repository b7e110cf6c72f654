import { feedOrder } from '@careers/publishing/contract'
import type { Payload, Where } from 'payload'
import { changesSlug, feedItemsSlug, publishedFilesSlug } from '../collections/slugs'
import { SharedQueries } from './shared-queries'
import type { ChangeRow, ChangeRowQuery, FeedRow, FeedRowQuery, Store, StoredFile, StoredFileHead } from './store'
import { type FileColumns, storedFile } from './stored-file'

/**
 * The store on MongoDB, which has no Drizzle: the same reads through Payload's
 * adapter (`payload.db.find`), which maps each query to the collection's
 * indexes. No hooks or access run at this level.
 */
export function adapterStore(payload: Payload): Store {
  return new AdapterStore(payload)
}

class AdapterStore extends SharedQueries implements Store {
  file(key: string, options: { body: true }): Promise<StoredFile | undefined>
  file(key: string, options: { body: false }): Promise<StoredFileHead | undefined>
  async file(key: string, { body }: { body: boolean }): Promise<StoredFile | StoredFileHead | undefined> {
    const row = await this.payload.db.findOne<FileColumns & { id: number | string }>({
      collection: publishedFilesSlug,
      where: { key: { equals: key } },
      select: { contentType: true, etag: true, size: true, ...(body ? { encoding: true, body: true, updatedAt: true } : {}) },
    })
    return row ? storedFile(row, body) : undefined
  }

  async feedRows({ locale, after, limit, items }: FeedRowQuery): Promise<FeedRow[]> {
    // After `after` in the feed's order: greater in one field, equal in every field before it.
    const past: Where[] = after
      ? [{ or: feedOrder.map((field, i) => ({ and: [...feedOrder.slice(0, i).map((before) => ({ [before]: { equals: after[before] } })), { [field]: { greater_than: after[field] } }] })) }]
      : []
    const { docs } = await this.payload.db.find<FeedRow>({
      collection: feedItemsSlug,
      where: { and: [{ locale: { equals: locale } }, ...past] },
      sort: [...feedOrder],
      limit,
      pagination: false,
      select: { newestFirst: true, title: true, itemId: true, etag: true, ...(items ? { item: true } : {}) },
    })
    return docs.map(({ newestFirst, title, itemId, etag, item }) => ({ newestFirst: Number(newestFirst), title, itemId, etag, ...(item === undefined ? {} : { item }) }))
  }

  async changeRows({ from, limit }: ChangeRowQuery): Promise<ChangeRow[]> {
    const { docs } = await this.payload.db.find<ChangeRow>({
      collection: changesSlug,
      where: from > 0 ? { sequence: { greater_than_equal: from } } : {},
      sort: 'sequence',
      select: { sequence: true, type: true, itemId: true, slug: true, locale: true, at: true },
      limit,
      pagination: false,
    })
    return docs.map(({ sequence, type, itemId, slug, locale, at }) => ({ sequence: Number(sequence), type, itemId, slug, locale, at: new Date(at).toISOString() }))
  }
}
