import type { CareerPath } from '@careers/career-path'
import { parseMarkdown } from '../markdown/parse-markdown.js'
import { renderBook } from '../pdf/book/render-book.js'
import type { SiteSettings } from '../contract/site-settings.js'
import { type BookSource, bookKey } from './book-key.js'

/** An entry of the book, and how its published Markdown is read when the book is rendered. */
export interface StoredBookSource extends BookSource {
  /** The Markdown as published now; undefined when it is gone since the list was read (it is left out). */
  markdown(): Promise<string | undefined>
  /** Its handout's page count when known: the book is then laid out once instead of twice. */
  pages?(): Promise<number | undefined>
}

export interface MadeBook {
  key: string
  /** The book; undefined when `previousKey` is its key (nothing to render), or when every entry is gone meanwhile. */
  bytes?: Uint8Array
}

/**
 * A locale's book, the one pipeline of `careers build` and the CMS: its key
 * (`bookKey`), and, when that is not `previousKey`, every entry's published
 * Markdown parsed and rendered in one PDF. From the Markdown as published,
 * never from drafts or sources, so the book shows each entry as its page does.
 */
export async function makeBook(site: SiteSettings, sources: readonly StoredBookSource[], previousKey?: string): Promise<MadeBook> {
  const key = bookKey(site, sources)
  if (key === previousKey) return { key }
  const entries: CareerPath[] = []
  const pageCounts: Record<string, number> = {}
  for (const source of sources) {
    const markdown = await source.markdown()
    if (markdown === undefined) continue
    const parsed = parseMarkdown(markdown, site.locale ? { locale: site.locale } : {})
    // Published from a valid entry: a failure here is a bug, and fails the book (the build reports it, the CMS's job retries).
    if (!parsed.entry) throw new Error(`${source.slug}.md as published does not parse: ${parsed.issues.map((i) => i.message).join('; ')}`)
    entries.push(parsed.entry)
    const pages = await source.pages?.()
    if (pages !== undefined) pageCounts[parsed.entry.slug] = pages
  }
  if (entries.length === 0) return { key }
  // In the caller's thread: the book is one document, larger than a worker's heap is allowed to be.
  return { key, bytes: await renderBook(entries, { site, pageCounts }) }
}
