import { defaultLocale, isLocale } from '@careers/career-path'

/**
 * A REST or GraphQL request that names no locale (or one not configured) is
 * the default locale's. Payload makes that so only when localization has
 * `fallback: true`; with `fallback: false` (ours: nothing falls back) it leaves
 * `req.locale` null, and a write then takes each localized value for a map of
 * locales (a rich-text state's `root` key became a locale: `POST ?draft=true`
 * stored nothing in English, and its publish failed validation), while a read
 * returns the texts of every locale keyed by locale. `?locale=all` stays.
 */
export function withRequestLocale(request: Request): Request {
  const url = new URL(request.url)
  const asked = url.searchParams.get('locale')
  if (asked === 'all' || asked === '*' || isLocale(asked)) return request
  url.searchParams.set('locale', defaultLocale)
  return new Request(url, request)
}
