import { defaultLocale, entryPageTitle, type CareerPath, type Locale } from '@careers/career-path'
import { definitionLead, entryLanguage, entryUrls, type SiteSettings } from '@careers/publishing'
import { occupationJsonLd } from '../serving/occupation-json-ld'

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
  /** The page's language (`<html lang>`): the entry's locale's tag. */
  language: string
  /** The page in every locale the entry is published in, this one included (`hreflang`); `x-default` is the default locale's when published. */
  alternates: { locale: Locale | 'x-default'; hreflang: string; href: string }[]
}

/**
 * `html` is the entry's sanitized body (`renderEntryHtml`), made once by whoever
 * calls this; `published` the locales the entry is public in when it is made
 * (every locale of an entry is rendered again on each render, so each page's
 * list follows a publish or unpublish of any other).
 */
export function pageContent(entry: CareerPath, site: SiteSettings, html: string, published: readonly Locale[] = [entry.locale ?? defaultLocale]): PageContent {
  const locale = entry.locale ?? defaultLocale
  const pageIn = (l: Locale) => entryUrls({ ...site, locale: l }, entry.slug).page
  const alternates: PageContent['alternates'] = published.map((l) => ({ locale: l, hreflang: entryLanguage(l, site), href: pageIn(l) }))
  if (published.includes(defaultLocale)) alternates.push({ locale: 'x-default', hreflang: 'x-default', href: pageIn(defaultLocale) })
  return {
    slug: entry.slug,
    heading: entryPageTitle(entry),
    description: definitionLead(entry, 220),
    ...(entry.updated ? { updated: entry.updated } : {}),
    html,
    jsonLd: occupationJsonLd(entry, site),
    siteName: site.siteName,
    callToAction: site.callToAction,
    canonical: entryUrls(site, entry.slug).page,
    language: entryLanguage(locale, site),
    alternates,
  }
}
