import { defaultLocale } from '@careers/career-path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'
import { feedItemsSlug, publishedFilesSlug } from '../collections/slugs'
import { type ChangeRecord, recordChange } from './change-log'
import { contentHash } from '@careers/publishing'
import type { EntryRecords } from '../rendering/entry-records'
import { type ChangeType, feedItemKey } from '@careers/publishing/contract'

/** What `replaceEntryRecords` did: whether anything public was there before, and the change it logged (none when nothing public changed). */
export interface StoreOutcome {
  hadRecords: boolean
  change: ChangeRecord | undefined
}

/**
 * Replaces everything served for one entry in one locale, in one transaction:
 * readers see the old records until the commit and the new ones after, never
 * a mix, and a renamed slug's old keys go in the same commit. `undefined`
 * removes them all (`gone` says why: unpublished or deleted). When what the
 * public sees changed (a file's bytes, a file or the feed item added or gone),
 * the change is logged in the same transaction (`change-log.ts`): a consumer
 * sees a `published` change only once its files serve, and a render that
 * changes no byte logs nothing. On MongoDB without a replica set there are no
 * transactions: records are upserted one by one (each is served whole), then
 * the leftovers removed, then the change logged.
 */
export async function replaceEntryRecords(payload: Payload, entryId: string, locale: string, records: EntryRecords | undefined, gone: Exclude<ChangeType, 'published'> = 'unpublished'): Promise<StoreOutcome> {
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    const now = new Date().toISOString()
    const keys = records?.files.map((f) => f.key) ?? []
    const storedItem = await payload.db.findOne<{ id: number | string; itemId: string; slug: string; etag: string }>({
      collection: feedItemsSlug,
      where: { key: { equals: feedItemKey(locale, entryId) } },
      select: { itemId: true, slug: true, etag: true },
      req,
    })
    // A file whose bytes did not change is not written: its Last-Modified stays true.
    const { docs: stored } = await payload.db.find<{ key: string; etag: string }>({
      collection: publishedFilesSlug,
      where: { entry: { equals: entryId } },
      select: { key: true, etag: true },
      limit: 0,
      pagination: false,
      req,
    })
    const unchanged = new Set(stored.map((f) => `${f.key} ${f.etag}`))
    const ours = stored.filter((f) => f.key.startsWith(`${locale}/`))
    let changed = ours.some((f) => !keys.includes(f.key))
    for (const file of records?.files ?? []) {
      if (unchanged.has(`${file.key} ${file.etag}`)) continue
      changed = true
      await payload.db.upsert({ collection: publishedFilesSlug, where: { key: { equals: file.key } }, data: { ...file, updatedAt: now }, req })
    }
    const stale: Where = { and: [{ entry: { equals: entryId } }, { locale: { equals: locale } }, ...(keys.length ? [{ key: { not_in: keys } }] : [])] }
    await payload.db.deleteMany({ collection: publishedFilesSlug, where: stale, req })
    let change: ChangeRecord | undefined
    if (records) {
      const { feedItem } = records
      await payload.db.upsert({ collection: feedItemsSlug, where: { key: { equals: feedItem.key } }, data: { ...feedItem, updatedAt: now }, req })
      // The stored item is another one: its entry was deleted and, before its removal was rendered, a new
      // entry took the same document id (SQLite gives a deleted last row's id to the next insert). The
      // old item is gone for good; without this change a consumer would keep it.
      if (storedItem && storedItem.itemId !== feedItem.itemId) await recordChange(payload, req, { type: 'deleted', entry: entryId, itemId: storedItem.itemId, slug: storedItem.slug, locale })
      if (changed || storedItem?.etag !== feedItem.etag) {
        change = await recordChange(payload, req, { type: 'published', entry: entryId, itemId: feedItem.itemId, slug: feedItem.slug, locale })
      }
    } else {
      await payload.db.deleteMany({ collection: feedItemsSlug, where: { and: [{ entry: { equals: entryId } }, { locale: { equals: locale } }] }, req })
      // The slug and id the public last saw: what a consumer removes.
      if (storedItem) change = await recordChange(payload, req, { type: gone, entry: entryId, itemId: storedItem.itemId, slug: storedItem.slug, locale })
    }
    if (owns) await commitTransaction(req)
    return { hadRecords: ours.length > 0 || Boolean(storedItem), change }
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/**
 * How a render shows a link to another entry: a short hash of its address and
 * title when it was published then, `-` when it was not (the link left out).
 */
export function linkMark(target: { slug: string; title: string } | undefined): string {
  return target ? contentHash(`${target.slug}\n${target.title}`).slice(0, 12) : '-'
}

/**
 * Entries whose stored render shows a link to `entryId` otherwise than it now
 * is (`now`: its published address and title; undefined: not public): they
 * must be rendered again. One query on the stored rows' link lists (run by
 * the job, never by a request); a first render of an entry that its linkers
 * already showed queues nothing, so an import renders each entry once.
 */
export async function linkersShowingOtherwise(payload: Payload, entryId: string, now: { slug: string; title: string } | undefined, locale: string = defaultLocale): Promise<string[]> {
  // Per locale: a Spanish page shows the Spanish title of what it links to.
  const { docs } = await payload.db.find<{ entry: string; relatedIds?: string }>({
    collection: feedItemsSlug,
    where: { and: [{ relatedIds: { contains: `|${entryId}:` } }, { locale: { equals: locale } }] },
    select: { entry: true, relatedIds: true },
    limit: 0,
    pagination: false,
  })
  const current = linkMark(now)
  const stale = docs.filter((row) => row.entry !== entryId && linkMarks(row.relatedIds ?? '').get(entryId) !== current)
  return [...new Set(stale.map((row) => row.entry))]
}

/** `|12:ab34|56:-|` → id → mark. */
export function linkMarks(list: string): Map<string, string> {
  return new Map(
    list
      .split('|')
      .filter(Boolean)
      .map((item) => item.split(':', 2) as [string, string]),
  )
}
