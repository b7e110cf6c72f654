import { defaultLocale, localeCodes, type Locale } from '@careers/career-path'
import type { Payload } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { sourceRevision } from './translation-source'

/** How one locale of an entry stands, as the admin's list and dashboard show it. */
export interface LocaleStatus {
  locale: Locale
  /** Published (readers have it), a draft only, or no text in this locale at all. */
  state: 'published' | 'draft' | 'missing'
  /** A translation made from an older revision of the default locale's text than its current one. */
  stale: boolean
}

/** Every locale's value of a localized text as `locale: 'all'` reads it. */
type PerLocale = Partial<Record<Locale, string>>

/**
 * A localized text of a `locale: 'all'` read: an object keyed by locale (the
 * generated type says string, since it describes a one-locale read), checked
 * here rather than cast.
 */
function perLocale(value: unknown): PerLocale {
  const texts: PerLocale = {}
  if (value === null || typeof value !== 'object') return texts
  for (const locale of localeCodes) {
    const text: unknown = Reflect.get(value, locale)
    if (typeof text === 'string') texts[locale] = text
  }
  return texts
}

/**
 * Each locale's status of the entry `id`: three reads (its published and
 * newest versions in every locale, and the default locale's text that
 * translations are checked against), whatever the number of locales. The
 * newest version is the snapshot a one-locale publish writes last, which
 * keeps every locale's draft. The reads override access, so the readers'
 * hook leaves them the drafts (without them, a German draft showed as missing
 * once Spanish was published).
 */
export async function localeStatuses(payload: Payload, id: number | string): Promise<LocaleStatus[]> {
  const read = async (draft: boolean) => {
    const doc = await payload.findByID({ collection: careerPathsSlug, id, locale: 'all', draft, depth: 0, overrideAccess: true, disableErrors: true })
    return { status: perLocale(doc?._status), title: perLocale(doc?.title), source: perLocale(doc?.translationSourceRevision) }
  }
  const [main, newest] = await Promise.all([read(false), read(true)])
  const source = await sourceRevision(payload, id)
  return localeCodes.map((locale) => {
    const published = main.status[locale] === 'published'
    const hasText = Boolean(newest.title[locale] || main.title[locale])
    const state = published ? 'published' : hasText ? 'draft' : 'missing'
    const stale = locale !== defaultLocale && hasText && newest.source[locale] !== source
    return { locale, state, stale }
  })
}

/** `EN published · ES draft, stale · DE missing`: one line for a table cell. */
export function describeLocaleStatuses(statuses: readonly LocaleStatus[]): string {
  return statuses.map((s) => `${s.locale.toUpperCase()} ${s.state}${s.stale ? ', stale' : ''}`).join(' · ')
}
