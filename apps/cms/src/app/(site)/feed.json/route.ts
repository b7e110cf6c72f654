import { jsonFeedMimeType } from '@careers/publishing'
import { siteSettings } from '../../../entries/site-settings'
import { etagOf, isNotModified, notModified, publicCacheControl } from '../../../outputs/http'
import { defaultLocale } from '../../../publication/file-keys'
import { withDatabase } from '../../../site/database-unavailable'
import { BadCursorError, decodeCursor, feedPage, type FeedCursor } from '../../../site/feed-page'
import { publicPayload } from '../../../site/public-content'

export const dynamic = 'force-dynamic'

/**
 * `GET /feed.json[?after=<cursor>&limit=N]`: JSON Feed 1.1 of published
 * entries, newest first, a page at a time (`next_url` while more remain), the
 * page size capped. A page is one query of stored items, whatever the number of entries.
 */
export const GET = withDatabase(async (request: Request): Promise<Response> => {
  const query = new URL(request.url).searchParams
  let cursor: FeedCursor | undefined
  try {
    const after = query.get('after')
    cursor = after ? decodeCursor(after) : undefined
  } catch (error) {
    if (!(error instanceof BadCursorError)) throw error
    return Response.json({ error: error.message }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
  }
  const limit = query.get('limit')
  const payload = await publicPayload()
  const site = await siteSettings(payload)
  const conditional = request.headers.has('if-none-match')
  const page = await feedPage(payload, site, { locale: defaultLocale, after: cursor, limit: limit === null || limit.trim() === '' ? undefined : Number(limit) }, !conditional)
  const etag = etagOf(page.etag)
  if (isNotModified(request, etag)) return notModified(etag)
  return new Response(await page.body(), {
    headers: { 'Content-Type': `${jsonFeedMimeType}; charset=utf-8`, ETag: etag, 'Cache-Control': publicCacheControl },
  })
})
