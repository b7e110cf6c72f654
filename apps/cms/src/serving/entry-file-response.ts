import type { Locale } from '@careers/career-path'
import type { Payload } from 'payload'
import { attachmentName } from './http'
import { entryFileKey, isServedFormat, servedFormats } from '@careers/publishing/contract'
import { rateLimit } from '../security/rate-limits'
import { serviceUnavailable } from './database-unavailable'
import { notFoundText, serveStoredFile } from './serve-stored-file'
import { isPublishedSlug } from './published-slug'

/**
 * An entry's `.md`, `.pdf` or `.json` in a locale: the stored file, one read by
 * key; a conditional request reads its ETag alone. A locale the entry is not
 * published in has no file (404); published, but its first render not stored
 * yet, it answers 503 with Retry-After. The default locale's route and every
 * other locale's call this alike.
 */
export async function entryFileResponse(request: Request, payload: Payload, locale: Locale, slug: string, format: string): Promise<Response> {
  const notFound = () => notFoundText(`No published career path "${slug}".`)
  if (!isServedFormat(format)) return notFound()
  if (format === 'pdf') {
    const limited = await rateLimit('pdf', request.headers)
    if (limited) return limited
  }
  const disposition = servedFormats[format].disposition
  return serveStoredFile(request, payload, entryFileKey(locale, slug, format), {
    disposition: disposition && `${disposition}; filename="${attachmentName(slug)}.${format}"`,
    // Published, but its first render is not stored yet: moments after the publish, or the worker is behind.
    missing: async () => ((await isPublishedSlug(payload, slug, locale)) ? serviceUnavailable('This career path was just published and its files are being made. Try again in a few seconds.', 5) : notFound()),
  })
}
