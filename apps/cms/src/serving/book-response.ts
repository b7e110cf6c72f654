import { locales, type Locale } from '@careers/career-path'
import { careerPathsSlug } from '../collections/slugs'
import { bookFileKey } from '@careers/publishing/contract'
import { rateLimit } from '../security/rate-limits'
import { serviceUnavailable } from './database-unavailable'
import { publicPayload } from './public-content'
import { notFoundText, serveStoredFile } from './serve-stored-file'

/**
 * `/career-paths.pdf` and `/<locale>/career-paths.pdf`: every entry published
 * in the locale in one book, stored by its job like the other files (one read
 * by key; a conditional request reads its ETag alone). Counted as a handout
 * download by the rate limit.
 */
export async function bookResponse(request: Request, locale: Locale): Promise<Response> {
  const limited = await rateLimit('pdf', request.headers)
  if (limited) return limited
  const payload = await publicPayload()
  return serveStoredFile(request, payload, bookFileKey(locale), {
    disposition: 'inline; filename="career-paths.pdf"',
    missing: async () => {
      const published = await payload.db.findOne({ collection: careerPathsSlug, locale, where: { _status: { equals: 'published' } }, select: {} })
      // Entries are published but the book's job has not run yet (it waits for a burst of publishes to end).
      return published ? serviceUnavailable('The book of all career paths is being made. Try again in a minute.', 30) : notFoundText(`No career paths are published in ${locales[locale].name} yet.`)
    },
  })
}
