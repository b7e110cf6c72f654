import type { Payload, Where } from 'payload'
import { feedItemsSlug } from '../collections/slugs'

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
  const and: Where[] = [{ locale: { equals: locale } }]
  if (search?.trim()) and.push({ title: { like: search.trim().slice(0, 100) } })
  if (tag?.trim()) and.push({ tags: { contains: `|${tag.trim().slice(0, 100)}|` } })
  const { docs } = await payload.db.find<{ id: string | number; slug: string; title: string; summary?: string; tags?: string }>({
    collection: feedItemsSlug,
    where: { and },
    sort: ['title', 'itemId'],
    limit: indexPageSize + 1,
    page,
    pagination: false,
    select: { slug: true, title: true, summary: true, tags: true },
  })
  return {
    entries: docs.slice(0, indexPageSize).map((d) => ({ slug: d.slug, title: d.title, summary: d.summary ?? '', tags: (d.tags ?? '').split('|').filter(Boolean) })),
    page,
    hasNext: docs.length > indexPageSize,
  }
}
