import type { Payload } from 'payload'
import { siteSettings } from '../entries/site-settings'
import { etagOf, isNotModified } from './http'
import { BadCursorError, decodeChangeCursor } from '@careers/publishing/contract'
import { changesPage } from './changes-page'

/**
 * Shared caches may keep a page but must ask again each time (cheaply, with
 * the ETag): a partner polling for changes wants the newest, not a minute-old copy.
 */
const changesCacheControl = 'public, no-cache'

function problem(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** The answer to `GET /changes.json?since=&limit=`: the route's whole contract, apart from Next so tests can serve it too. */
export async function changesResponse(payload: Payload, request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams
  const sinceText = query.get('since')
  let since = 0
  try {
    if (sinceText !== null) since = decodeChangeCursor(sinceText)
  } catch (error) {
    if (error instanceof BadCursorError) return problem(400, error.message)
    throw error
  }
  const limitText = query.get('limit')
  const limit = limitText === null || limitText.trim() === '' ? undefined : Number(limitText)
  const page = await changesPage(payload, await siteSettings(payload), { since, ...(limit === undefined ? {} : { limit }) })
  if (page.kind === 'unknown cursor') return problem(400, page.message)
  const etag = etagOf(page.etag)
  const headers = { ETag: etag, 'Cache-Control': changesCacheControl }
  if (isNotModified(request, etag)) return new Response(null, { status: 304, headers })
  return new Response(page.body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } })
}
