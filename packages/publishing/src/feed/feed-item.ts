import { entryPageTitle, locales, localeOf, type CareerPath } from '@careers/career-path'
import { entryLanguage, entryUrls, type SiteSettings } from '../site.js'
import { definitionLead } from '../lead.js'
import { entryId, type CareerPathJson } from './entry-json.js'
import { renderEntryHtml } from './entry-html.js'
import type { CareerPathFeedItem } from './feed-types.js'

export interface FeedItemInput {
  entry: CareerPath
  /** The entry's canonical Markdown (becomes `content_text`). */
  markdown: string
  /** The structured entry as published in `<slug>.json` (becomes `_career_path`, the same object). */
  json: CareerPathJson
  /** Sizes of the published files, for the attachments. */
  sizes: { pdf: number; markdown: number }
  relatedTitles?: Record<string, string>
}

/**
 * One JSON Feed 1.1 item: stable id, sanitized HTML, the Markdown as text, the
 * handout in two formats as attachments sharing one title, and the structured
 * entry under `_career_path`.
 */
/** The most characters of the definition's opening a `summary` holds. */
const summaryLength = 280

export function careerPathFeedItem(input: FeedItemInput, site: SiteSettings): CareerPathFeedItem {
  const { entry, markdown, json, sizes, relatedTitles = {} } = input
  const locale = localeOf(entry)
  const urls = entryUrls({ ...site, locale }, entry.slug)
  const title = entryPageTitle(entry)
  const handoutTitle = locales[locale].labels.handout(title)
  const modified = entry.updated ?? entry.published
  const item: CareerPathFeedItem = {
    id: entryId(entry),
    url: urls.page,
    title,
    summary: definitionLead(entry, summaryLength),
    content_html: renderEntryHtml(entry, { ...site, locale }, relatedTitles),
    content_text: markdown,
    ...(entry.published ? { date_published: toRfc3339(entry.published) } : {}),
    ...(modified ? { date_modified: toRfc3339(modified) } : {}),
    tags: entry.tags ?? [],
    language: entryLanguage(locale, site),
    attachments: [
      { url: urls.pdf, mime_type: 'application/pdf', title: handoutTitle, size_in_bytes: sizes.pdf },
      { url: urls.markdown, mime_type: 'text/markdown', title: handoutTitle, size_in_bytes: sizes.markdown },
    ],
    _career_path: json,
  }
  return item
}

/** A date (`2026-11-01`) or date-time as an RFC 3339 date-time in UTC. */
export function toRfc3339(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : new Date(date).toISOString().replace('.000Z', 'Z')
}
