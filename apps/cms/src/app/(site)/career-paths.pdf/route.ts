import { careerPathsSlug } from '../../../collections/slugs'
import { bookFileKey, defaultLocale } from '../../../publication/file-keys'
import { rateLimit } from '../../../security/rate-limits'
import { serviceUnavailable, withDatabase } from '../../../site/database-unavailable'
import { publicPayload } from '../../../site/public-content'
import { notFoundText, serveStoredFile } from '../../../site/serve-stored-file'

export const dynamic = 'force-dynamic'

/**
 * `/career-paths.pdf`: every published entry in one book, stored by its job
 * like the other files (one read by key; a conditional request reads its ETag
 * alone). Counted as a handout download by the rate limit.
 */
export const GET = withDatabase(async (request: Request): Promise<Response> => {
  const limited = await rateLimit('pdf', request.headers)
  if (limited) return limited
  const payload = await publicPayload()
  return serveStoredFile(request, payload, bookFileKey(defaultLocale), {
    disposition: 'inline; filename="career-paths.pdf"',
    missing: async () => {
      const published = await payload.db.findOne({ collection: careerPathsSlug, locale: defaultLocale, where: { _status: { equals: 'published' } }, select: {} })
      // Entries are published but the book's job has not run yet (it waits for a burst of publishes to end).
      return published ? serviceUnavailable('The book of all career paths is being made. Try again in a minute.', 30) : notFoundText('No career paths are published yet.')
    },
  })
})
