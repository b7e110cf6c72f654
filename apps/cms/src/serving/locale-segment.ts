import { defaultLocale, isLocale, type Locale } from '@careers/career-path'

/**
 * The `<locale>` of `/<locale>/…`: another locale than the default (whose
 * addresses have no prefix, so `/en/…` is no address), or undefined for a 404.
 */
export function prefixedLocale(segment: string): Locale | undefined {
  return isLocale(segment) && segment !== defaultLocale ? segment : undefined
}

/** The path of an entry's page in a locale: `/career-paths/<slug>` for the default, `/<locale>/career-paths/<slug>` for another (the brief's addresses). */
export function entryPath(locale: string | undefined, slug: string): string {
  return localePath(locale, `/career-paths/${slug}`)
}

/** A path under a locale's prefix: `/career-paths` for the default, `/<locale>/career-paths` for another. */
export function localePath(locale: string | undefined, path: string): string {
  return `${locale && locale !== defaultLocale ? `/${locale}` : ''}${path}`
}
