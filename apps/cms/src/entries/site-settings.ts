import { defaultLocale, locales, type Locale } from '@careers/career-path'
import type { SiteSettings } from '@careers/publishing'
import { initialValue, settingsFrom, valueAt } from '@careers/publishing/contract'
import type { Payload, PayloadRequest } from 'payload'
import { settingsSlug } from '../collections/slugs'

/**
 * The `settings` global as the publishing package's `SiteSettings`. Read from
 * the database adapter (the global has no read hooks, and everyone may read
 * it): a third of the local API's cost, on every feed and index request.
 * A global never saved yet is read through the local API, which fills in its defaults.
 * Given a `req`, inside its transaction.
 */
export async function siteSettings(payload: Payload, req?: Partial<PayloadRequest>, locale: Locale = defaultLocale): Promise<SiteSettings> {
  const at = req ? { req } : {}
  const stored: unknown = await payload.db.findGlobal({ slug: settingsSlug, locale, ...at })
  // Never saved yet: the local API fills in the fields' defaults (and reads the locale's values itself).
  const s: unknown = stored ?? (await payload.findGlobal({ slug: settingsSlug, depth: 0, overrideAccess: true, locale, ...at }))
  // A localized text is the locale's own or empty, never another language's; a shared setting left empty is its default.
  const settings = settingsFrom(({ path, setting }) => inLocale(valueAt(s, path), locale) || (setting.localized ? '' : initialValue(setting)))
  return {
    ...settings,
    baseUrl: settings.baseUrl.replace(/\/+$/, ''),
    // The setting is the default locale's tag (`en-GB`, say); another locale's outputs name their own language.
    language: locale === defaultLocale ? settings.language : locales[locale].code,
    // A feed has a title: without the locale's own, the site's name (one for every language).
    feed: { ...settings.feed, title: settings.feed.title || settings.siteName },
    // Another locale's outputs live under `/<locale>/` (the publishing package's addresses follow this).
    ...(locale === defaultLocale ? {} : { locale }),
  }
}

/** A stored value in one locale: the adapter's row has each localized text as `{ en: …, es: … }` (the local API's afterRead is what picks one). */
function inLocale(value: unknown, locale: Locale): string | undefined {
  const picked = value !== null && typeof value === 'object' ? (value as Partial<Record<Locale, unknown>>)[locale] : value
  return typeof picked === 'string' ? picked : undefined
}
