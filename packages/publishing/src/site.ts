import { defaultLocale, locales, type Locale } from '@careers/career-path'
import { entryPath, extensionDocFileName, feedPath, indexPath, type ServedFormat } from './contract/addresses.js'
import type { SiteSettings } from './contract/site-settings.js'

export type { SiteSettings } from './contract/site-settings.js'
export { extensionDocFileName, feedFileName } from './contract/addresses.js'

/**
 * The language an entry's outputs name (feed item, PDF `/Lang`): the site's
 * own tag for its locale's entries (`en-GB`, say), else the entry's locale.
 */
export function entryLanguage(entryLocale: Locale, site: Pick<SiteSettings, 'language' | 'locale'>): string {
  return (site.locale ?? defaultLocale) === entryLocale ? site.language : locales[entryLocale].code
}

/** The public addresses of one entry's outputs (brief: "Outputs and their addresses"). */
export interface EntryUrls {
  page: string
  markdown: string
  pdf: string
  json: string
}

/** A path on the public site; a trailing slash on the base URL is forgiven. */
export function siteUrl(site: Pick<SiteSettings, 'baseUrl'>, path = ''): string {
  return `${site.baseUrl.replace(/\/+$/, '')}${path && `/${path}`}`
}

export function entryUrls(site: Pick<SiteSettings, 'baseUrl' | 'locale'>, slug: string): EntryUrls {
  const url = (format?: ServedFormat) => siteUrl(site, entryPath(site.locale, slug, format))
  return { page: url(), markdown: url('md'), pdf: url('pdf'), json: url('json') }
}

/** The index page listing every entry. */
export function indexUrl(site: Pick<SiteSettings, 'baseUrl' | 'locale'>): string {
  return siteUrl(site, indexPath(site.locale))
}

/** Where the feed lives. */
export function feedUrl(site: Pick<SiteSettings, 'baseUrl' | 'locale'>): string {
  return siteUrl(site, feedPath(site.locale))
}

/** Where the `_career_path` extension is described (its `about`). */
export function extensionAboutUrl(site: Pick<SiteSettings, 'baseUrl'>): string {
  return siteUrl(site, extensionDocFileName)
}
