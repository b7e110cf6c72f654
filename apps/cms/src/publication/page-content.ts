import { pageTitle, type CareerPath } from '@careers/career-path'
import { definitionLead, entryUrls, type SiteSettings } from '@careers/publishing'
import { occupationJsonLd } from '../site/occupation-json-ld'

/** What the public page of an entry shows: made by its render job (or, for live preview, per request). */
export interface PageContent {
  slug: string
  /** "Backend Developer Career Path". */
  heading: string
  description: string
  updated?: string
  /** Sanitized by the publishing package: the same HTML as the feed's `content_html`. */
  html: string
  jsonLd: Record<string, unknown>
  siteName: string
  callToAction: SiteSettings['callToAction']
  canonical: string
}

/** `html` is the entry's sanitized body (`renderEntryHtml`), made once by whoever calls this. */
export function pageContent(entry: CareerPath, site: SiteSettings, html: string): PageContent {
  return {
    slug: entry.slug,
    heading: pageTitle(entry.title),
    description: definitionLead(entry, 220),
    ...(entry.updated ? { updated: entry.updated } : {}),
    html,
    jsonLd: occupationJsonLd(entry, site),
    siteName: site.siteName,
    callToAction: site.callToAction,
    canonical: entryUrls(site, entry.slug).page,
  }
}
