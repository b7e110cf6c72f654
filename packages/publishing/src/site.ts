import { defaultLocale, locales, type Locale } from '@careers/career-path'

/**
 * Site-wide settings: the brief's `settings` global. The CLI reads them from
 * `content/site.yml`; the CMS from its global.
 */
export interface SiteSettings {
  siteName: string
  /** Public base URL without a trailing slash, e.g. `https://careers.example.com`. */
  baseUrl: string
  /** BCP 47 language of the content, e.g. `en`. */
  language: string
  feed: { title: string; description: string }
  /** Closes every page and handout. */
  callToAction: { label: string; url: string }
  handoutFooter: string
  /**
   * The locale these settings are the texts of; absent for the default. Its
   * entries, index and feed live under `/<locale>/` (brief: "Languages").
   */
  locale?: Locale
}

/** The path prefix of a locale's outputs: none for the default, `es/` for Spanish. */
export function localePrefix(site: Pick<SiteSettings, 'locale'>): string {
  return site.locale && site.locale !== defaultLocale ? `${site.locale}/` : ''
}

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

/** The feed's file name, and that of the page describing its `_career_path` extension, at the site's root. */
export const feedFileName = 'feed.json'
export const extensionDocFileName = 'feed-extension.md'

/** A path on the public site; a trailing slash on the base URL is forgiven. */
export function siteUrl(site: Pick<SiteSettings, 'baseUrl'>, path = ''): string {
  return `${site.baseUrl.replace(/\/+$/, '')}${path && `/${path}`}`
}

export function entryUrls(site: Pick<SiteSettings, 'baseUrl' | 'locale'>, slug: string): EntryUrls {
  const base = siteUrl(site, `${localePrefix(site)}career-paths/${slug}`)
  return { page: base, markdown: `${base}.md`, pdf: `${base}.pdf`, json: `${base}.json` }
}

/** The index page listing every entry. */
export function indexUrl(site: Pick<SiteSettings, 'baseUrl' | 'locale'>): string {
  return siteUrl(site, `${localePrefix(site)}career-paths`)
}

/** Where the feed lives. */
export function feedUrl(site: Pick<SiteSettings, 'baseUrl' | 'locale'>): string {
  return siteUrl(site, `${localePrefix(site)}${feedFileName}`)
}

/** Where the `_career_path` extension is described (its `about`). */
export function extensionAboutUrl(site: Pick<SiteSettings, 'baseUrl'>): string {
  return siteUrl(site, extensionDocFileName)
}
