import { defaultLocale, locales, type Locale } from '@careers/career-path'
import type { SiteSettings } from '@careers/publishing'
import type { Payload, PayloadRequest } from 'payload'
import { settingsSlug } from '../collections/slugs'
import type { Setting } from '../payload-types'

/**
 * The `settings` global as the publishing package's `SiteSettings`. Read from
 * the database adapter (the global has no read hooks, and everyone may read
 * it): a third of the local API's cost, on every feed and index request.
 * A global never saved yet is read through the local API, which fills in its defaults.
 * Given a `req`, inside its transaction.
 */
export async function siteSettings(payload: Payload, req?: Partial<PayloadRequest>, locale: Locale = defaultLocale): Promise<SiteSettings> {
  const at = req ? { req } : {}
  const stored = (await payload.db.findGlobal({ slug: settingsSlug, locale, ...at })) as unknown as StoredSettings | null
  // Never saved yet: the local API fills in the fields' defaults (and reads the locale's values itself).
  const s: Partial<Setting> = stored ? inLocale(stored, locale) : await payload.findGlobal({ slug: settingsSlug, depth: 0, overrideAccess: true, locale, ...at })
  return {
    siteName: s.siteName || 'Career Paths',
    baseUrl: String(s.baseUrl || 'http://localhost:3000').replace(/\/+$/, ''),
    // The setting is the default locale's tag (`en-GB`, say); another locale's outputs name their own language.
    language: locale === defaultLocale ? s.language || 'en' : locales[locale].code,
    feed: { title: s.feed?.title || s.siteName || 'Career Paths', description: s.feed?.description || '' },
    callToAction: { label: s.callToAction?.label || '', url: s.callToAction?.url || '' },
    handoutFooter: s.handoutFooter ?? '',
    // Another locale's outputs live under `/<locale>/` (the publishing package's addresses follow this).
    ...(locale === defaultLocale ? {} : { locale }),
  }
}

/** The adapter's row: each localized text as `{ en: …, es: … }` (the local API's afterRead is what picks one). */
type Localized<T> = T | Partial<Record<Locale, T | null>> | null | undefined
interface StoredSettings extends Omit<Setting, 'feed' | 'callToAction' | 'handoutFooter'> {
  feed?: { title?: Localized<string>; description?: Localized<string> }
  callToAction?: { label?: Localized<string>; url?: string }
  handoutFooter?: Localized<string>
}

/** The settings' texts in one locale: its own values only (no fallback: a missing text is empty). */
function inLocale(s: StoredSettings, locale: Locale): Partial<Setting> {
  const pick = (value: Localized<string>): string | undefined => (value !== null && typeof value === 'object' ? (value[locale] ?? undefined) : (value ?? undefined))
  return {
    ...s,
    feed: { title: pick(s.feed?.title) as string, description: pick(s.feed?.description) as string },
    callToAction: { label: pick(s.callToAction?.label) as string, url: s.callToAction?.url as string },
    handoutFooter: pick(s.handoutFooter),
  }
}
