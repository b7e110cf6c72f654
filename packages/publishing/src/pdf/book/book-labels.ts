import { defaultLocale, locales } from '@careers/career-path'
import type { SiteSettings } from '../../site.js'

/** The book's own words, in the language of the site's locale (`LocaleLabels`). */
export function bookLabelsFor(site: Pick<SiteSettings, 'locale'>) {
  const { bookTitle: title, contents, bookEntries: entries } = locales[site.locale ?? defaultLocale].labels
  return { title, contents, entries }
}

/** The English labels, as before locales. */
export const bookLabels = bookLabelsFor({})

/** The book's document title: what a viewer's window shows. */
export function bookTitle(site: Pick<SiteSettings, 'siteName' | 'locale'>): string {
  return `${site.siteName}: ${bookLabelsFor(site).title}`
}

/** The cover's date, in the site's language ("1 December 2026"). */
export function coverDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
