import type { Payload, Where } from 'payload'
import { feedItemsSlug } from '../collections/slugs'
import type { IndexRow, IndexRowQuery } from './store'

/**
 * The index's query, the same on every database: through Payload's adapter,
 * whose `like` (each word anywhere, any case) and `contains` are the search's
 * and the tag filter's meaning on SQLite, PostgreSQL and MongoDB alike. One
 * query of at most `limit` rows along the (locale, title, itemId) index.
 */
export async function indexRows(payload: Payload, { locale, search, tag, page, limit }: IndexRowQuery): Promise<IndexRow[]> {
  const and: Where[] = [{ locale: { equals: locale } }]
  if (search) and.push({ title: { like: search } })
  if (tag) and.push({ tags: { contains: `|${tag}|` } })
  const { docs } = await payload.db.find<IndexRow>({
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
