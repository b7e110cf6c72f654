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
/**
 * Upstream: payloadcms/payload#18180 (fix proposed in #18186), checked against
 * payload 3.90.2's `sanitizeLocales`; and the method-override body appended
 * after a '?' (see `overrideInLocale`). `upstream-limits.test.ts` fails once
 * the default locale no longer depends on `fallback`.
 */
export async function withRequestLocale(request: Request): Promise<Request> {
  if (isMethodOverride(request)) return overrideInLocale(request)
  const url = new URL(request.url)
  if (named(url.searchParams.get('locale'))) return request
  url.searchParams.set('locale', defaultLocale)
  return new Request(url, request)
}

const named = (locale: unknown) => locale === 'all' || locale === '*' || isLocale(locale)

/** A read sent as a POST (the admin's relationship picker does so, its query in the body). */
const isMethodOverride = (request: Request) => request.method === 'POST' && (request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' || request.headers.get('X-HTTP-Method-Override') === 'GET')

/**
 * Payload turns such a POST into a GET by appending its form body to the URL
 * after a `?` (or, for JSON, `?locale=` from the body), so the default goes in
 * the body and the URL keeps no query: one added there made the admin's picker
 * ask for locale `en?depth=0…`, and it listed nothing.
 */
async function overrideInLocale(request: Request): Promise<Request> {
  const type = request.headers.get('Content-Type')
  let body: string
  if (type === 'application/x-www-form-urlencoded') {
    body = await request.text()
    if (!named(new URLSearchParams(body).get('locale'))) body = `${body}${body ? '&' : ''}locale=${defaultLocale}`
  } else if (type === 'application/json') {
    const data = (await request.json()) as Record<string, unknown> | null
    body = JSON.stringify(data && typeof data === 'object' && !named(data.locale) ? { ...data, locale: defaultLocale } : data)
  } else {
    return request
  }
  const headers = new Headers(request.headers)
  headers.delete('Content-Length')
  return new Request(request.url, { method: 'POST', headers, body, signal: request.signal })
}
