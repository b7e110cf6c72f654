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
}

/** The public addresses of one entry's outputs (brief: "Outputs and their addresses"). */
export interface EntryUrls {
  page: string
  markdown: string
  pdf: string
  json: string
}

export function entryUrls(site: Pick<SiteSettings, 'baseUrl'>, slug: string): EntryUrls {
  const base = `${site.baseUrl.replace(/\/+$/, '')}/career-paths/${slug}`
  return { page: base, markdown: `${base}.md`, pdf: `${base}.pdf`, json: `${base}.json` }
}

/** Where the feed lives. */
export function feedUrl(site: Pick<SiteSettings, 'baseUrl'>): string {
  return `${site.baseUrl.replace(/\/+$/, '')}/feed.json`
}
