import { defaultLocale, localeCodes, type Locale } from '@careers/career-path'
import type { Payload } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { relationId, type CareerPathDocument } from '../entries/document-entry'
import { sourceRevision } from '../entries/translation-source'
import { publishedRelatedNames, toPublishedEntry } from '../entries/load-entries'
import { siteSettings } from '../entries/site-settings'
import { loadOutputRenderer } from './renderers'
import { entryRecords } from './entry-records'
import { linkersShowingOtherwise, linkMark } from '../store/store-records'
import { storeOf } from '../store/store'

export type RenderResult = 'rendered' | 'removed' | 'nothing public'

export interface RenderOutcome {
  /** Over every locale: `rendered` when any locale is public, `removed` when none is and one had records. */
  result: RenderResult
  /** What each locale came to. */
  locales: Record<Locale, RenderResult>
  /** Entries to render again: they link to this one, and its title, address or visibility changed (in some locale). */
  linkers: string[]
}

/**
 * Makes the stored records of one entry match its published document (the
 * main document, which drafts and autosaves never change), one locale after
 * another: each locale published for the entry is rendered and stored under
 * `<locale>/…`, each one that is not (never published, unpublished, or the
 * entry deleted) has its records removed, each in its own transaction with
 * its own change logged. Reads the document when it runs, so a job that waited
 * renders the newest published state, not the one it was queued for.
 */
export async function renderEntry(payload: Payload, entryId: string): Promise<RenderOutcome> {
  const docs = new Map<Locale, CareerPathDocument | null>()
  for (const locale of localeCodes) docs.set(locale, await publishedDocument(payload, entryId, locale))
  const published = localeCodes.filter((locale) => docs.get(locale)?._status === 'published')
  const context: LocaleContext = { published, sourceRevision: await sourceRevision(payload, entryId, docs.get(defaultLocale) ?? null) }
  const locales = {} as Record<Locale, RenderResult>
  const linkers = new Set<string>()
  for (const locale of localeCodes) {
    const { result, linkers: theirs } = await renderEntryLocale(payload, entryId, locale, docs.get(locale) ?? null, context)
    locales[locale] = result
    for (const id of theirs) linkers.add(id)
  }
  const results = Object.values(locales)
  const result: RenderResult = results.includes('rendered') ? 'rendered' : results.includes('removed') ? 'removed' : 'nothing public'
  return { result, locales, linkers: [...linkers] }
}

/** What every locale's render needs to know of the others. */
interface LocaleContext {
  /** The locales published for the entry: each page's `hreflang` alternates. */
  published: Locale[]
  /** The revision of the default locale's text, which translations are checked against (stale or current). */
  sourceRevision: string | undefined
}

/** The entry's main document in `locale`: the published state (drafts and autosaves live in versions). */
const publishedDocument = async (payload: Payload, entryId: string, locale: Locale) =>
  (await payload.findByID({ collection: careerPathsSlug, id: entryId, locale, draft: false, depth: 0, overrideAccess: true, disableErrors: true })) as CareerPathDocument | null

/** One locale of the entry: its published texts rendered and stored, or its records removed. */
async function renderEntryLocale(payload: Payload, entryId: string, locale: Locale, doc: CareerPathDocument | null, context: LocaleContext): Promise<{ result: RenderResult; linkers: string[] }> {
  if (doc?._status !== 'published') {
    const { hadRecords } = await storeOf(payload).replaceEntryRecords(entryId, locale, undefined, doc ? 'unpublished' : 'deleted')
    return { result: hadRecords ? 'removed' : 'nothing public', linkers: await linkersShowingOtherwise(payload, entryId, undefined, locale) }
  }
  const lookup = { payload, locale }
  // Related links in this locale go to entries published in it; the others are left out, as unpublished ones are.
  const [names, site] = await Promise.all([publishedRelatedNames(lookup, doc), siteSettings(payload, undefined, locale)])
  const { entry, relatedTitles } = await toPublishedEntry(lookup, doc, names)
  const { renderEntryOutputs } = await loadOutputRenderer()
  // A translation says whether its source has moved on since it was made (the feed's `translation.stale`).
  const stale = locale === defaultLocale ? undefined : entry.translation?.sourceRevision !== context.sourceRevision
  const outputs = await renderEntryOutputs({ entry, site, relatedTitles, stale })
  // Each related document with how this render shows it: the mark tells later whether it still does.
  const links = (doc.related ?? []).map((related) => {
    const id = String(relationId(related))
    return { id, mark: linkMark(names.get(id)) }
  })
  await storeOf(payload).replaceEntryRecords(entryId, locale, entryRecords({ entryId, locale, entry, site, links, outputs, published: context.published }))
  return { result: 'rendered', linkers: await linkersShowingOtherwise(payload, entryId, { slug: entry.slug, title: entry.title }, locale) }
}
