import { contentHash, type SiteSettings, siteUrl } from '@careers/publishing'
import type { Payload } from 'payload'
import { entryPath, type PublicChange } from '@careers/publishing/contract'
import { encodeChangeCursor, unknownChangeCursorMessage } from '@careers/publishing/contract'
import { type ChangeRow, storeOf } from '../store/store'

/** The brief's page size: at most 500 changes a page. */
export const maxChangesPageSize = 500

export interface ChangesPage {
  changes: PublicChange[]
  cursor: string
  next_url?: string
}

export type ChangesPageResult = { kind: 'page'; etag: string; body: string } | { kind: 'unknown cursor'; message: string }

export function changesUrl(site: Pick<SiteSettings, 'baseUrl'>): string {
  return siteUrl(site, 'changes.json')
}

/** A logged change as partners see it (in `/changes.json` and in webhook deliveries). */
export function publicChange(site: Pick<SiteSettings, 'baseUrl'>, { type, itemId, slug, locale, at }: Pick<ChangeRow, 'type' | 'itemId' | 'slug' | 'locale' | 'at'>): PublicChange {
  return { type, id: itemId, slug, locale, at, ...(type === 'published' ? { url: siteUrl(site, entryPath(locale, slug)) } : {}) }
}

/**
 * The changes after sequence `since` (0: from the beginning), oldest first,
 * at most `limit`. One indexed query: the rows from `since` itself on, so the
 * query also tells whether `since` is a change this log holds (every change is
 * kept, so a cursor a server gave always finds its row; one that does not is
 * from another database, or forged). The page's ETag is a hash of its bytes:
 * changes never change once written, so the body is small and cheap to make.
 */
export async function changesPage(payload: Payload, site: SiteSettings, { since, limit = maxChangesPageSize }: { since: number; limit?: number }): Promise<ChangesPageResult> {
  const size = Math.min(maxChangesPageSize, Math.max(1, Math.floor(Number.isFinite(limit) ? limit : maxChangesPageSize)))
  const rows = await storeOf(payload).changeRows({ from: since, limit: size + 2 })
  if (since > 0 && rows[0]?.sequence !== since) {
    return { kind: 'unknown cursor', message: unknownChangeCursorMessage }
  }
  const after = rows.filter((row) => row.sequence > since)
  const page = after.slice(0, size)
  const cursor = encodeChangeCursor(page[page.length - 1]?.sequence ?? since)
  const body: ChangesPage = {
    changes: page.map((row) => publicChange(site, row)),
    cursor,
    ...(after.length > size ? { next_url: `${changesUrl(site)}?since=${cursor}${size === maxChangesPageSize ? '' : `&limit=${size}`}` } : {}),
  }
  const text = `${JSON.stringify(body)}\n`
  return { kind: 'page', etag: contentHash(text), body: text }
}
