import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'
import { feedItemsSlug, publishedFilesSlug } from '../collections/slugs'
import type { EntryRecords } from './entry-records'

/**
 * Replaces everything served for one entry in one locale, in one transaction:
 * readers see the old records until the commit and the new ones after, never
 * a mix, and a renamed slug's old keys go in the same commit. `undefined`
 * removes them all (unpublished or deleted). On MongoDB without a replica set
 * there are no transactions: records are upserted one by one (each is served
 * whole), then the leftovers removed.
 */
export async function storeEntryRecords(payload: Payload, entryId: string, locale: string, records: EntryRecords | undefined): Promise<void> {
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    const now = new Date().toISOString()
    const keys = records?.files.map((f) => f.key) ?? []
    // A file whose bytes did not change is not written: its Last-Modified stays true.
    const { docs: stored } = await payload.db.find<{ key: string; etag: string }>({ collection: publishedFilesSlug, where: { entry: { equals: entryId } }, select: { key: true, etag: true }, limit: 0, pagination: false, req })
    const unchanged = new Set(stored.map((f) => `${f.key} ${f.etag}`))
    for (const file of records?.files ?? []) {
      if (unchanged.has(`${file.key} ${file.etag}`)) continue
      await payload.db.upsert({ collection: publishedFilesSlug, where: { key: { equals: file.key } }, data: { ...file, updatedAt: now }, req })
    }
    const stale: Where = { and: [{ entry: { equals: entryId } }, { locale: { equals: locale } }, ...(keys.length ? [{ key: { not_in: keys } }] : [])] }
    await payload.db.deleteMany({ collection: publishedFilesSlug, where: stale, req })
    if (records) {
      const { feedItem } = records
      await payload.db.upsert({ collection: feedItemsSlug, where: { key: { equals: feedItem.key } }, data: { ...feedItem, updatedAt: now }, req })
    } else {
      await payload.db.deleteMany({ collection: feedItemsSlug, where: { and: [{ entry: { equals: entryId } }, { locale: { equals: locale } }] }, req })
    }
    if (owns) await commitTransaction(req)
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/** What is stored of the entry now: what its last render published, to tell what changed. */
export async function storedFeedRow(payload: Payload, entryId: string, locale: string): Promise<{ title: string; slug: string } | undefined> {
  const row = await payload.db.findOne<{ id: number | string; title: string; slug: string }>({
    collection: feedItemsSlug,
    where: { and: [{ entry: { equals: entryId } }, { locale: { equals: locale } }] },
    select: { title: true, slug: true },
  })
  return row ?? undefined
}

/** Entries whose stored render links to `entryId` (published or not at the time): their related titles follow it. */
export async function linkingEntries(payload: Payload, entryId: string): Promise<string[]> {
  const { docs } = await payload.db.find<{ entry: string }>({
    collection: feedItemsSlug,
    where: { relatedIds: { contains: `|${entryId}|` } },
    select: { entry: true },
    limit: 0,
    pagination: false,
  })
  return [...new Set(docs.map((d) => d.entry))].filter((id) => id !== entryId)
}
