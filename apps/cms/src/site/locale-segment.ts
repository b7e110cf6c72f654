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
  return `${locale && locale !== defaultLocale ? `/${locale}` : ''}/career-paths/${slug}`
}
