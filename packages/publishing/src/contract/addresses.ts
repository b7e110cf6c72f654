import { defaultLocale, isLocale, type Locale } from '@careers/career-path'

/*
 * The brief's addresses, `[<locale>/]career-paths/<slug>[.md|.pdf|.json]`, and
 * the keys the CMS stores its files under. `careers build` writes these paths,
 * the CMS serves and stores them, Next rewrites them: one scheme, so they
 * cannot drift apart. Paths here are relative (no leading slash): a site's
 * base URL, an output folder or a route's `/` goes in front of them.
 * Pure, and free of Payload and react-pdf: `next.config.ts` imports it.
 */

/** The folder of the entries, in the content, the output and the addresses. */
export const entriesFolderName = 'career-paths'

/** The feed's file name, and that of the page describing its `_career_path` extension, at the site's root. */
export const feedFileName = 'feed.json'
export const extensionDocFileName = 'feed-extension.md'

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

/** The page's content: what the entry's public page shows, made at render time (stored, not served as a file). */
export const pageContentType = 'application/vnd.careers.page+json'

/** A slug as a route pattern (path-to-regexp, no anchors): the model's `slugPattern`, which rewrites cannot take as a RegExp. */
export const slugRoutePattern = '[a-z0-9]+(?:-[a-z0-9]+)*'

/** The served formats as a route pattern: `md|pdf|json`. */
export const servedFormatRoutePattern = Object.keys(servedFormats).join('|')

/** The locales whose addresses carry a prefix: every one but the default. */
export function prefixedLocales(all: readonly Locale[]): Locale[] {
  return all.filter((locale) => locale !== defaultLocale)
}

/** The path prefix of a locale's addresses: none for the default (or none given), `es/` for Spanish. */
export function localePrefix(locale: string | undefined): string {
  return locale && locale !== defaultLocale ? `${locale}/` : ''
}

/**
 * The `<locale>` of `/<locale>/…`: another locale than the default (whose
 * addresses have no prefix, so `/en/…` is no address), or undefined for a 404.
 */
export function prefixedLocale(segment: string): Locale | undefined {
  return isLocale(segment) && segment !== defaultLocale ? segment : undefined
}

/** An entry's page, `es/career-paths/<slug>`, or one of its files with `format`: `career-paths/<slug>.pdf`. */
export function entryPath(locale: string | undefined, slug: string, format?: ServedFormat): string {
  return `${localePrefix(locale)}${entriesFolderName}/${slug}${format ? `.${format}` : ''}`
}

/** The index listing a locale's entries: `career-paths`, `es/career-paths`. */
export function indexPath(locale: string | undefined): string {
  return `${localePrefix(locale)}${entriesFolderName}`
}

/** The book of a locale's entries: `career-paths.pdf`, `es/career-paths.pdf`. */
export function bookPath(locale: string | undefined): string {
  return `${indexPath(locale)}.pdf`
}

/** A locale's feed: `feed.json`, `es/feed.json`. */
export function feedPath(locale: string | undefined): string {
  return `${localePrefix(locale)}${feedFileName}`
}

/** Where a locale's entries are kept in `content/`: `career-paths`, `es/career-paths` (the same layout as the addresses). */
export function contentFolderPath(locale: string | undefined): string {
  return indexPath(locale)
}

/** An entry's file in `content/`: `career-paths/<slug>.md`, `es/career-paths/<slug>.md`. */
export function contentFilePath(locale: string | undefined, slug: string): string {
  return entryPath(locale, slug, 'md')
}

/**
 * What a served file is called in the CMS's store: the locale, then its path
 * as the default locale's address, `en/career-paths/backend-developer.pdf`;
 * without a format, the page's record.
 */
export function entryFileKey(locale: string, slug: string, format?: ServedFormat): string {
  return `${locale}/${entryPath(defaultLocale, slug, format)}`
}

/** The stored book of a locale: `en/career-paths.pdf` (served at `/career-paths.pdf`). */
export function bookFileKey(locale: string): string {
  return `${locale}/${bookPath(defaultLocale)}`
}

/** The entry's feed item and index row: one per entry and locale. */
export function feedItemKey(locale: string, entryId: string | number): string {
  return `${locale}/${String(entryId)}`
}
