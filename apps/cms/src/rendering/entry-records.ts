import type { CareerPath, Locale } from '@careers/career-path'
import { contentHash, definitionLead, type SiteSettings } from '@careers/publishing'
import type { EntryOutputs } from '@careers/publishing/build'
import { newestFirstOf } from '@careers/publishing/contract'
import { pageContent } from './page-content'
import { recordsVersion } from './records-version'
import { entryFileKey, feedItemKey, pageContentType, servedFormats, type ServedFormat } from '@careers/publishing/contract'

/** One stored file, as the `published-files` collection holds it. */
export interface FileRecord {
  key: string
  entry: string
  locale: string
  contentType: string
  etag: string
  size: number
  encoding: 'utf8' | 'base64'
  body: string
}

/** One entry's row of the `feed-items` collection. */
export interface FeedItemRecord {
  key: string
  entry: string
  locale: string
  itemId: string
  slug: string
  title: string
  summary: string
  newestFirst: number
  tags: string
  relatedIds: string
  item: string
  etag: string
  rendererVersion: number
}

export interface EntryRecords {
  files: FileRecord[]
  feedItem: FeedItemRecord
}

/** `|a|b|`: a list one `contains '|a|'` can match whole items of. */
export function barList(values: readonly (string | number)[]): string {
  return values.length ? `|${values.map(String).join('|')}|` : ''
}

function file(entry: string, locale: string, key: string, contentType: string, bytes: string | Uint8Array): FileRecord {
  const binary = typeof bytes !== 'string'
  return {
    key,
    entry,
    locale,
    contentType,
    etag: contentHash(bytes),
    size: binary ? bytes.byteLength : Buffer.byteLength(bytes),
    encoding: binary ? 'base64' : 'utf8',
    body: binary ? Buffer.from(bytes).toString('base64') : bytes,
  }
}

export interface RecordsInput {
  /** The career path's document id. */
  entryId: string | number
  locale: string
  entry: CareerPath
  site: SiteSettings
  /** Every document the entry links to, published or not, with how this render shows it (`linkMark`). */
  links: readonly { id: string; mark: string }[]
  outputs: EntryOutputs
  /** The locales the entry is published in (its pages' `hreflang` alternates). */
  published?: readonly Locale[]
}

/** A rendered entry → the records that serve it. Pure: the job stores what this returns. */
export function entryRecords({ entryId, locale, entry, site, links, outputs, published }: RecordsInput): EntryRecords {
  const id = String(entryId)
  const bytes: Record<ServedFormat, string | Uint8Array> = { md: outputs.markdown, pdf: outputs.pdf, json: outputs.json }
  const files = (Object.keys(servedFormats) as ServedFormat[]).map((format) => file(id, locale, entryFileKey(locale, entry.slug, format), servedFormats[format].contentType, bytes[format]))
  // The page shows the feed item's sanitized HTML: rendered once for both.
  const page = pageContent(entry, site, outputs.feedItem.content_html, published)
  files.push(file(id, locale, entryFileKey(locale, entry.slug), pageContentType, JSON.stringify(page)))
  const item = JSON.stringify(outputs.feedItem)
  return {
    files,
    feedItem: {
      key: feedItemKey(locale, id),
      entry: id,
      locale,
      itemId: outputs.feedItem.id,
      slug: entry.slug,
      title: entry.title,
      summary: definitionLead(entry, 160),
      newestFirst: newestFirstOf(outputs.feedItem.date_modified),
      tags: barList(entry.tags ?? []),
      relatedIds: barList(links.map(({ id, mark }) => `${id}:${mark}`)),
      item,
      etag: contentHash(item),
      rendererVersion: recordsVersion,
    },
  }
}
