import { createHash } from 'node:crypto'
import { buildFeed, feedPageFromQuery, jsonFeedMimeType } from '@careers/publishing'
import { etagOf, isNotModified, notModified, publicCacheControl } from '../../../outputs/http'
import { withDatabase } from '../../../site/database-unavailable'
import { feedItems } from '../../../site/serve-outputs'

export const dynamic = 'force-dynamic'

/** `GET /feed.json[?page=N&limit=M]`: JSON Feed 1.1 of published entries, paginated (`next_url`), the page size capped. */
export const GET = withDatabase(async (request: Request): Promise<Response> => {
  const { items, site } = await feedItems()
  const feed = buildFeed(items, site, feedPageFromQuery(new URL(request.url).searchParams))
  const body = `${JSON.stringify(feed, null, 2)}\n`
  const etag = etagOf(createHash('sha256').update(body).digest('base64url'))
  if (isNotModified(request, etag)) return notModified(etag)
  return new Response(body, {
    headers: { 'Content-Type': `${jsonFeedMimeType}; charset=utf-8`, ETag: etag, 'Cache-Control': publicCacheControl },
  })
})
