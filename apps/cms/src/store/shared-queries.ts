import type { Payload, Where } from 'payload'
import { changesSlug, feedItemsSlug, publishedFilesSlug } from '../collections/slugs'
import type { EntryRecords, FileRecord } from '../rendering/entry-records'
import type { Change } from '../payload-types'
import type { IndexRow, IndexRowQuery } from './store'
import { replaceEntryRecords, type StoreOutcome } from './store-records'

/**
 * The queries that are the same on every database, through Payload's adapter:
 * the render jobs' reads and writes (run by a worker, never by a reader's
 * request, so the adapter's cost does not matter) and the index, whose `like`
 * (each word anywhere, any case) and `contains` are the search's and the tag
 * filter's meaning on SQLite, PostgreSQL and MongoDB alike. Each store
 * (`sql-store.ts`, `adapter-store.ts`) extends this with its own served reads.
 */
export abstract class SharedQueries {
  constructor(protected readonly payload: Payload) {}

  /** One query of at most `limit` rows along the (locale, title, itemId) index. */
  async indexRows({ locale, search, tag, page, limit }: IndexRowQuery): Promise<IndexRow[]> {
    const and: Where[] = [{ locale: { equals: locale } }]
    if (search) and.push({ title: { like: search } })
    if (tag) and.push({ tags: { contains: `|${tag}|` } })
    const { docs } = await this.payload.db.find<IndexRow>({
      collection: feedItemsSlug,
      where: { and },
      sort: ['title', 'itemId'],
      limit,
      page,
      pagination: false,
      select: { slug: true, title: true, summary: true, tags: true },
    })
    return docs.map(({ slug, title, summary, tags }) => ({ slug, title, summary, tags }))
  }

  replaceEntryRecords(entryId: string, locale: string, records: EntryRecords | undefined, gone?: 'unpublished' | 'deleted'): Promise<StoreOutcome> {
    return replaceEntryRecords(this.payload, entryId, locale, records, gone)
  }

  /** The keys and ETags of a locale's stored files of one content type, in key order. */
  async fileEtags(locale: string, contentType: string): Promise<{ key: string; etag: string }[]> {
    const { docs } = await this.payload.db.find<{ key: string; etag: string }>({
      collection: publishedFilesSlug,
      where: { and: [{ locale: { equals: locale } }, { contentType: { equals: contentType } }] },
      select: { key: true, etag: true },
      sort: 'key',
      limit: 0,
      pagination: false,
    })
    return docs.map(({ key, etag }) => ({ key, etag }))
  }

  /** Stores a file of no entry's (the book) at its key, replacing what was there. */
  async putFile(file: Omit<FileRecord, 'entry'>): Promise<void> {
    await this.payload.db.upsert({ collection: publishedFilesSlug, where: { key: { equals: file.key } }, data: { ...file, updatedAt: new Date().toISOString() } })
  }

  async removeFile(key: string): Promise<void> {
    await this.payload.db.deleteMany({ collection: publishedFilesSlug, where: { key: { equals: key } } })
  }

  /** The change numbered `sequence`, with the entry it is about. */
  async change(sequence: number): Promise<Omit<Change, 'id'> | undefined> {
    const row = await this.payload.db.findOne<Change>({ collection: changesSlug, where: { sequence: { equals: sequence } } })
    return row ? { sequence: Number(row.sequence), type: row.type, entry: row.entry, itemId: row.itemId, slug: row.slug, locale: row.locale, at: new Date(row.at).toISOString() } : undefined
  }

  /** The feed item JSON stored under `key` (`feedItemKey`). */
  async feedItem(key: string): Promise<string | undefined> {
    const row = await this.payload.db.findOne<{ id: number | string; item: string }>({ collection: feedItemsSlug, where: { key: { equals: key } }, select: { item: true } })
    return row?.item
  }

  /** How many of a locale's feed items the records version `version` made. */
  async feedItemsOfVersion(locale: string, version: number): Promise<number> {
    const { totalDocs } = await this.payload.db.count({ collection: feedItemsSlug, where: { and: [{ locale: { equals: locale } }, { rendererVersion: { equals: version } }] } })
    return totalDocs
  }
}
