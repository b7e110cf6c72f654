import { attachmentName, etagOf, isNotModified, notModified, publicCacheControl } from '../../../../../outputs/http'
import { defaultLocale, entryFileKey, isServedFormat, servedFormats } from '../../../../../publication/file-keys'
import { rateLimit } from '../../../../../security/rate-limits'
import { serviceUnavailable, withDatabase } from '../../../../../site/database-unavailable'
import { publicPayload } from '../../../../../site/public-content'
import { isPublishedSlug, readStoredFile, type StoredFile } from '../../../../../site/stored-files'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string; format: string }> }

/**
 * `/career-paths/<slug>.{md,pdf,json}` (rewritten here): the stored file, one
 * read by key; a conditional request reads its ETag alone. A published entry
 * whose first render is not stored yet answers 503 with Retry-After.
 */
export const GET = withDatabase(async (request: Request, { params }: Args): Promise<Response> => {
  const { slug, format } = await params
  if (!isServedFormat(format)) return notFoundResponse(slug)
  if (format === 'pdf') {
    const limited = await rateLimit('pdf', request.headers)
    if (limited) return limited
  }
  const payload = await publicPayload()
  const key = entryFileKey(defaultLocale, slug, format)
  if (request.headers.has('if-none-match')) {
    const head = await readStoredFile(payload, key, { body: false })
    if (head && isNotModified(request, etagOf(head.etag))) return notModified(etagOf(head.etag))
  }
  const file = await readStoredFile(payload, key, { body: true })
  if (!file) return (await isPublishedSlug(payload, slug)) ? renderingResponse() : notFoundResponse(slug)
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    ETag: etagOf(file.etag),
    'Last-Modified': new Date(file.updatedAt).toUTCString(),
    'Cache-Control': publicCacheControl,
  }
  const disposition = servedFormats[format].disposition
  if (disposition) headers['Content-Disposition'] = `${disposition}; filename="${attachmentName(slug)}.${format}"`
  return new Response(file.body as BodyInit, { headers })
})

function notFoundResponse(slug: string): Response {
  return new Response(`No published career path "${slug}".\n`, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/** Published, but its first render is not stored yet: moments after the publish, or the worker is behind. */
function renderingResponse(): Response {
  return serviceUnavailable('This career path was just published and its files are being made. Try again in a few seconds.', 5)
}
