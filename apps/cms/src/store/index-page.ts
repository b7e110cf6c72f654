import type { Payload } from 'payload'
import { storeOf } from './store'

/** Entries on one page of the index. */
export const indexPageSize = 50

export interface IndexQuery {
  locale: string
  /** Words the title must contain (each, anywhere, any case). */
  search?: string
  tag?: string
  /** 1-based. */
  page?: number
}

export interface IndexEntry {
  slug: string
  title: string
  summary: string
  tags: string[]
}

export interface IndexPage {
  entries: IndexEntry[]
  page: number
  hasNext: boolean
}

/** Past any real index, short of an offset that costs the database. */
const maxIndexPage = 2_000

/**
 * One page of the published entries in title order, searched by title and
 * filtered by tag: one query of at most a page (and one) of stored rows.
 */
export async function indexPage(payload: Payload, { locale, search, tag, page: requested = 1 }: IndexQuery): Promise<IndexPage> {
  const page = Math.min(maxIndexPage, Math.max(1, Math.floor(requested) || 1))
  const words = search?.trim().slice(0, 100)
  const only = tag?.trim().slice(0, 100)
  const rows = await storeOf(payload).indexRows({ locale, ...(words ? { search: words } : {}), ...(only ? { tag: only } : {}), page, limit: indexPageSize + 1 })
  return {
    entries: rows.slice(0, indexPageSize).map((d) => ({ slug: d.slug, title: d.title, summary: d.summary ?? '', tags: (d.tags ?? '').split('|').filter(Boolean) })),
    page,
    hasNext: rows.length > indexPageSize,
  }
}
