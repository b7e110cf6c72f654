import type { SiteSettings } from '../../site.js'

/** The book's own words. English, as the static build's content is; a locale's book would bring its own. */
export const bookLabels = {
  title: 'Career paths',
  contents: 'Contents',
  entries: (count: number) => (count === 1 ? '1 career path' : `${count} career paths`),
} as const

/** The book's document title: what a viewer's window shows. */
export function bookTitle(site: Pick<SiteSettings, 'siteName'>): string {
  return `${site.siteName}: ${bookLabels.title}`
}

/** The cover's date, in the site's language ("1 December 2026"). */
export function coverDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
