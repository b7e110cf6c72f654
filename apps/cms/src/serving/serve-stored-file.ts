import type { Payload } from 'payload'
import { etagOf, isNotModified, notModified, publicCacheControl } from './http'
import { storeOf } from '../store/store'

export interface ServeOptions {
  /** `inline; filename="x.pdf"`; none for files that are not documents (the JSON). */
  disposition?: string
  /** What to answer when nothing is stored at the key. */
  missing: () => Promise<Response> | Response
}

/**
 * A stored file as the response: one read by key; a conditional request reads
 * its ETag alone and, when it matches, no bytes at all.
 */
export async function serveStoredFile(request: Request, payload: Payload, key: string, { disposition, missing }: ServeOptions): Promise<Response> {
  if (request.headers.has('if-none-match')) {
    const head = await storeOf(payload).file(key, { body: false })
    if (head && isNotModified(request, etagOf(head.etag))) return notModified(etagOf(head.etag))
  }
  const file = await storeOf(payload).file(key, { body: true })
  if (!file) return missing()
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    ETag: etagOf(file.etag),
    'Last-Modified': new Date(file.updatedAt).toUTCString(),
    'Cache-Control': publicCacheControl,
  }
  if (disposition) headers['Content-Disposition'] = disposition
  return new Response(file.body as BodyInit, { headers })
}

/** Plain-text 404 that no cache keeps. */
export function notFoundText(message: string): Response {
  return new Response(`${message}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}
