import type { CareerPath } from '@careers/career-path'
import type { SiteSettings } from '../../site.js'
import { composedCharacters } from '../composed-characters.js'
import { renderDocument } from '../render-document.js'
import { richTextOf } from '../render-handout.js'
import { assertRenderable } from '../rich-text/render-rich-text.js'
import { prepareShaping } from '../shaping.js'
import { BookDocument } from './book-document.js'
import { entryStartPages } from './entry-start-pages.js'

export interface BookOptions {
  site: SiteSettings
  /** Titles by slug for the Related sections; default: the titles of the entries given. */
  relatedTitles?: Record<string, string>
  /** The cover's date and the PDF's; default: the latest `updated` or `published` of the entries, else now. */
  date?: Date
}

/** Title order in the site's language, slug as the tie-break: the same order on every machine. */
export function bookOrder(entries: CareerPath[], language: string): CareerPath[] {
  const collator = new Intl.Collator(language)
  return [...entries].sort((a, b) => collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
}

function latestDate(entries: CareerPath[]): Date | undefined {
  const dates = entries.flatMap((e) => [e.updated, e.published]).filter((d): d is string => typeof d === 'string')
  return dates.length > 0 ? new Date(dates.sort().at(-1)!) : undefined
}

/**
 * Every entry in one tagged PDF: a cover, a table of contents with page
 * numbers and links, each entry in title order from a new page with its
 * title over every page, and an outline of entries with their sections
 * under them. Pure: same entries and options, same bytes.
 *
 * Rendered twice: the page numbers of the contents are known only once the
 * book is laid out, and the contents keep their size when they are filled in.
 */
export async function renderBook(entries: CareerPath[], options: BookOptions): Promise<Uint8Array> {
  await prepareShaping()
  for (const tree of entries.flatMap(richTextOf)) assertRenderable(tree)
  const ordered = bookOrder(composedCharacters(entries), options.site.language)
  const props = {
    entries: ordered,
    site: composedCharacters(options.site),
    relatedTitles: composedCharacters(options.relatedTitles ?? Object.fromEntries(entries.map((e) => [e.slug, e.title]))),
    date: options.date ?? latestDate(entries) ?? new Date(),
  }
  let layout: unknown
  await renderDocument(<BookDocument {...props} startPages={undefined} onLayout={(laidOut) => (layout = laidOut)} />)
  // Lets react-pdf's garbage of the first pass go before the second.
  await new Promise((resolve) => setImmediate(resolve))
  const startPages = entryStartPages(layout, ordered.map((e) => e.slug))
  return renderDocument(<BookDocument {...props} startPages={startPages} />)
}
