import { attachmentName } from '../../../../../outputs/http'
import { defaultLocale, entryFileKey, isServedFormat, servedFormats } from '../../../../../publication/file-keys'
import { rateLimit } from '../../../../../security/rate-limits'
import { serviceUnavailable, withDatabase } from '../../../../../site/database-unavailable'
import { publicPayload } from '../../../../../site/public-content'
import { notFoundText, serveStoredFile } from '../../../../../site/serve-stored-file'
import { isPublishedSlug } from '../../../../../site/stored-files'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string; format: string }> }

/**
 * `/career-paths/<slug>.{md,pdf,json}` (rewritten here): the stored file, one
 * read by key; a conditional request reads its ETag alone. A published entry
 * whose first render is not stored yet answers 503 with Retry-After.
 */
export const GET = withDatabase(async (request: Request, { params }: Args): Promise<Response> => {
  const { slug, format } = await params
  const notFound = () => notFoundText(`No published career path "${slug}".`)
  if (!isServedFormat(format)) return notFound()
  if (format === 'pdf') {
    const limited = await rateLimit('pdf', request.headers)
    if (limited) return limited
  }
  const payload = await publicPayload()
  const disposition = servedFormats[format].disposition
  return serveStoredFile(request, payload, entryFileKey(defaultLocale, slug, format), {
    disposition: disposition && `${disposition}; filename="${attachmentName(slug)}.${format}"`,
    // Published, but its first render is not stored yet: moments after the publish, or the worker is behind.
    missing: async () => ((await isPublishedSlug(payload, slug)) ? serviceUnavailable('This career path was just published and its files are being made. Try again in a few seconds.', 5) : notFound()),
  })
})
