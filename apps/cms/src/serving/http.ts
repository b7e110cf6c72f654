import { slugPattern } from '@careers/career-path'

/** Shared HTTP details of the public files. */

/** Browsers and shared caches may keep a file a minute, then must ask again (cheaply, with the ETag). */
export const publicCacheControl = 'public, max-age=60, must-revalidate'

/** A quoted strong ETag from a content hash. */
export function etagOf(hash: string): string {
  return `"${hash}"`
}

/** True when the request's If-None-Match already names this ETag (or `*`). */
export function isNotModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match')
  if (!header) return false
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '')
    return t === '*' || t === etag
  })
}

/** 304 with the headers a cache needs to keep its copy fresh. */
export function notModified(etag: string): Response {
  return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': publicCacheControl } })
}

/** A download's file name: the slug is already safe in a header; anything else falls back. */
export function attachmentName(slug: string): string {
  return slugPattern.test(slug) ? slug : 'career-path'
}
