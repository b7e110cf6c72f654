import type { FeedPlace } from '@careers/publishing/contract'
import type { Payload } from 'payload'
import type { Change, FeedItem, PublishedFile } from '../payload-types'
import { adapterStore } from './adapter-store'
import type { EntryRecords, FileRecord } from '../rendering/entry-records'
import { sqlStore } from './sql-store'
import type { StoreOutcome } from './store-records'

/**
 * The stored records, read and written in one place: the served files
 * (`published-files`), each entry's feed item and index row (`feed-items`)
 * and the change log (`changes`). Every caller goes through `storeOf`; the
 * queries exist once per database family: SQL through Drizzle (SQLite and
 * PostgreSQL share it, `sql-store.ts`) and MongoDB through Payload's adapter
 * (`adapter-store.ts`). Nothing here runs Payload's hooks or access: nobody
 * reaches these collections but the server.
 */
export interface Store {
  /** The stored file at `key`, one indexed read; `body: false` reads its headers alone, no byte of the body. */
  file(key: string, options: { body: true }): Promise<StoredFile | undefined>
  file(key: string, options: { body: false }): Promise<StoredFileHead | undefined>
  /** At most `limit` rows of a locale's feed in the feed's order, after the place `after`. */
  feedRows(query: FeedRowQuery): Promise<FeedRow[]>
  /** At most `limit` changes in sequence order, from sequence `from` itself on (all when 0). */
  changeRows(query: ChangeRowQuery): Promise<ChangeRow[]>
  /** At most `limit` index rows of a locale in title order (then id), of page `page` of `limit` rows. */
  indexRows(query: IndexRowQuery): Promise<IndexRow[]>
  /** Replaces one entry's records in one locale in one transaction, logging the change (`store-records.ts`). */
  replaceEntryRecords(entryId: string, locale: string, records: EntryRecords | undefined, gone?: 'unpublished' | 'deleted'): Promise<StoreOutcome>
  /** The render jobs' and webhooks' queries, the same on every database (`shared-queries.ts`). */
  fileEtags(locale: string, contentType: string): Promise<{ key: string; etag: string }[]>
  putFile(file: Omit<FileRecord, 'entry'>): Promise<void>
  removeFile(key: string): Promise<void>
  change(sequence: number): Promise<Omit<Change, 'id'> | undefined>
  feedItem(key: string): Promise<string | undefined>
  feedItemsOfVersion(locale: string, version: number): Promise<number>
}

/** A stored file's headers: what a conditional request needs, without the bytes. */
export type StoredFileHead = Pick<PublishedFile, 'contentType' | 'etag' | 'size'>

export interface StoredFile extends StoredFileHead {
  /** Last change. */
  updatedAt: string
  body: Buffer | string
}

export interface FeedRowQuery {
  locale: string
  after?: FeedPlace
  limit: number
  /** Whether to read the items' JSON too (an ETag needs the rows' ETags only). */
  items: boolean
}

export type FeedRow = FeedPlace & Pick<FeedItem, 'etag'> & { item?: string }

export interface ChangeRowQuery {
  from: number
  limit: number
}

export type ChangeRow = Pick<Change, 'sequence' | 'type' | 'itemId' | 'slug' | 'locale' | 'at'>

export interface IndexRowQuery {
  locale: string
  /** Words the title must contain (each, anywhere, any case). */
  search?: string
  tag?: string
  /** 1-based. */
  page: number
  limit: number
}

export type IndexRow = Pick<FeedItem, 'slug' | 'title' | 'summary' | 'tags'>

const stores = new WeakMap<Payload, Store>()

/** The store of `payload`'s database, chosen once from its adapter. */
export function storeOf(payload: Payload): Store {
  let store = stores.get(payload)
  if (!store) {
    store = sqlStore(payload) ?? adapterStore(payload)
    stores.set(payload, store)
  }
  return store
}
