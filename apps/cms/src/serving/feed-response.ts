import { defaultLocale, type Locale } from '@careers/career-path'
import { jsonFeedMimeType } from '@careers/publishing'
import { BadCursorError, decodeFeedCursor, type FeedPlace } from '@careers/publishing/contract'
import type { Payload } from 'payload'
import { siteSettings } from '../entries/site-settings'
import { etagOf, isNotModified, notModified, publicCacheControl } from './http'
import { feedPage } from './feed-page'
import { storeOf } from '../store/store'
import { notFoundText } from './serve-stored-file'

/**
 * `GET [/<locale>]/feed.json[?after=<cursor>&limit=N]`: JSON Feed 1.1 of the
 * entries published in the locale, newest first, a page at a time (`next_url`
 * while more remain), the page size capped; one query of stored items per
 * page. Another locale than the default with no entry published in it has no
 * feed (404): its feed would be an empty list in a language nobody publishes.
 */
export async function feedResponse(request: Request, payload: Payload, locale: Locale): Promise<Response> {
  const query = new URL(request.url).searchParams
  let cursor: FeedPlace | undefined
  try {
    const after = query.get('after')
    cursor = after ? decodeFeedCursor(after) : undefined
  } catch (error) {
    if (!(error instanceof BadCursorError)) throw error
    return Response.json({ error: error.message }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
  }
  if (locale !== defaultLocale && (await storeOf(payload).feedRows({ locale, limit: 1, items: false })).length === 0) {
    return notFoundText('No career paths are published in this language.')
  }
  const limit = query.get('limit')
  const site = await siteSettings(payload, undefined, locale)
  const conditional = request.headers.has('if-none-match')
  const page = await feedPage(payload, site, { locale, after: cursor, limit: limit === null || limit.trim() === '' ? undefined : Number(limit) }, !conditional)
  const etag = etagOf(page.etag)
  if (isNotModified(request, etag)) return notModified(etag)
  return new Response(await page.body(), {
    headers: { 'Content-Type': `${jsonFeedMimeType}; charset=utf-8`, ETag: etag, 'Cache-Control': publicCacheControl },
  })
}
