/**
 * What a served file is called in the store: the locale, then its public path.
 * One place, so the render job writes and the routes read the same keys.
 */

/** The default locale: its files are at the brief's unprefixed addresses. */
export const defaultLocale = 'en'

/** The files a request may name, with how they are served. */
export const servedFormats = {
  md: { contentType: 'text/markdown; charset=utf-8', disposition: 'inline' },
  pdf: { contentType: 'application/pdf', disposition: 'inline' },
  json: { contentType: 'application/json; charset=utf-8', disposition: undefined },
} as const

export type ServedFormat = keyof typeof servedFormats

export function isServedFormat(format: string): format is ServedFormat {
  return Object.hasOwn(servedFormats, format)
}

/** The page's content: what the entry's public page shows, made at render time (not served as a file). */
export const pageContentType = 'application/vnd.careers.page+json'

/** `en/career-paths/backend-developer.pdf`; without a format, the page's record. */
export function entryFileKey(locale: string, slug: string, format?: ServedFormat): string {
  return `${locale}/career-paths/${slug}${format ? `.${format}` : ''}`
}

/** The book: every published entry in one PDF, `en/career-paths.pdf` (served at `/career-paths.pdf`). */
export function bookFileKey(locale: string): string {
  return `${locale}/career-paths.pdf`
}

/** The entry's feed item and index row: one per entry and locale. */
export function feedItemKey(locale: string, entryId: string | number): string {
  return `${locale}/${String(entryId)}`
}
