import { defaultLocale, locales, type CareerPath } from '@careers/career-path'
import type { SiteSettings } from '../../site.js'
import { composedCharacters } from '../composed-characters.js'
import { hyphenationFor } from '../locale-hyphenation.js'
import { withLocaleTypography } from '../typographic-quotes.js'
import { renderDocument } from '../render-document.js'
import { richTextOf } from '../render-handout.js'
import { assertRenderable } from '../rich-text/render-rich-text.js'
import { prepareShaping } from '../shaping.js'
import { BookDocument, type BookDocumentProps } from './book-document.js'
import { entryStartPages, laidOutPageCount } from './entry-start-pages.js'

export interface BookOptions {
  site: SiteSettings
  /** Titles by slug for the Related sections; default: the titles of the entries given. */
  relatedTitles?: Record<string, string>
  /** The cover's date and the PDF's; default: the latest `updated` or `published` of the entries, else now. */
  date?: Date
  /**
   * Each entry's handout page count, by slug, when known (the build has
   * them): an entry takes as many pages in the book as its handout, so the
   * book is then laid out once instead of twice. Checked against the layout:
   * a wrong count costs the second pass, never a wrong page number.
   */
  pageCounts?: Record<string, number>
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

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve))

/** Renders the book and hands over where its layout put each entry. */
async function renderLaidOut(props: Omit<BookDocumentProps, 'onLayout'>): Promise<{ bytes: Uint8Array; layout: unknown }> {
  let layout: unknown
  const bytes = await renderDocument(<BookDocument {...props} onLayout={(laidOut) => (layout = laidOut)} />)
  await yieldToEventLoop()
  return { bytes, layout }
}

/**
 * Every entry in one tagged PDF: a cover, a table of contents with page
 * numbers and links, each entry in title order from a new page with its
 * title over every page, and an outline of entries with their sections
 * under them. Pure: same entries and options, same bytes.
 *
 * The contents' page numbers are known only once the book is laid out (the
 * contents keep their size when the numbers are filled in). With
 * `pageCounts`, a first pass lays out only the cover and the contents and
 * the numbers are added up; without, the whole book is laid out twice.
 */
export async function renderBook(entries: CareerPath[], options: BookOptions): Promise<Uint8Array> {
  await prepareShaping()
  for (const tree of entries.flatMap(richTextOf)) assertRenderable(tree)
  const locale = options.site.locale ?? defaultLocale
  const printed = composedCharacters(entries).map((entry) => withLocaleTypography(entry, locales[locale].quotes))
  const ordered = bookOrder(printed, options.site.language)
  const slugs = ordered.map((e) => e.slug)
  const props = {
    entries: ordered,
    site: composedCharacters(options.site),
    relatedTitles: composedCharacters(options.relatedTitles ?? Object.fromEntries(entries.map((e) => [e.slug, e.title]))),
    date: options.date ?? latestDate(entries) ?? new Date(),
    hyphenationCallback: await hyphenationFor(locale),
  }
  const predicted = options.pageCounts && (await predictedStartPages(props, slugs, options.pageCounts))
  let first: { bytes: Uint8Array; layout: unknown } | undefined = await renderLaidOut({ ...props, startPages: predicted })
  const actual = entryStartPages(first.layout, slugs)
  if (predicted && slugs.every((slug) => predicted[slug] === actual[slug])) return first.bytes
  // Let the first pass's layout go before the second: together they would double the peak.
  first = undefined
  return (await renderLaidOut({ ...props, startPages: actual })).bytes
}

/** Start pages from the length of cover and contents (laid out alone) and each entry's page count. */
async function predictedStartPages(props: Omit<BookDocumentProps, 'startPages'>, slugs: string[], pageCounts: Record<string, number>): Promise<Record<string, number> | undefined> {
  if (!slugs.every((slug) => (pageCounts[slug] ?? 0) > 0)) return undefined
  const front = await renderLaidOut({ ...props, startPages: undefined, contentsOnly: true })
  let next = laidOutPageCount(front.layout) + 1
  const starts: Record<string, number> = {}
  for (const slug of slugs) {
    starts[slug] = next
    next += pageCounts[slug]!
  }
  return starts
}
