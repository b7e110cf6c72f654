import type { Payload } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { relationId } from '../entries/document-entry'
import { publishedRelatedNames, toPublishedEntry } from '../entries/load-entries'
import { siteSettings } from '../entries/site-settings'
import { loadOutputRenderer } from '../outputs/renderers'
import { entryRecords } from './entry-records'
import { defaultLocale } from './file-keys'
import { linkersShowingOtherwise, linkMark, storeEntryRecords } from './store-records'

export type RenderResult = 'rendered' | 'removed' | 'nothing public'

export interface RenderOutcome {
  result: RenderResult
  /** Entries to render again: they link to this one, and its title, address or visibility changed. */
  linkers: string[]
}

/**
 * Makes the stored records of one entry match its published document (the
 * main document, which drafts and autosaves never change): renders and stores
 * them when it is published, removes them when it is not (unpublished, deleted
 * or never published). Reads the document when it runs, so a job that waited
 * renders the newest published state, not the one it was queued for.
 */
export async function renderEntry(payload: Payload, entryId: string): Promise<RenderOutcome> {
  const doc = await payload.findByID({ collection: careerPathsSlug, id: entryId, draft: false, depth: 0, overrideAccess: true, disableErrors: true })
  if (doc?._status !== 'published') {
    const { hadRecords } = await storeEntryRecords(payload, entryId, defaultLocale, undefined, doc ? 'unpublished' : 'deleted')
    return { result: hadRecords ? 'removed' : 'nothing public', linkers: await linkersShowingOtherwise(payload, entryId, undefined) }
  }
  const [names, site] = await Promise.all([publishedRelatedNames({ payload }, doc), siteSettings(payload)])
  const { entry, relatedTitles } = await toPublishedEntry({ payload }, doc, names)
  const { renderEntryOutputs } = await loadOutputRenderer()
  const outputs = await renderEntryOutputs({ entry, site, relatedTitles })
  // Each related document with how this render shows it: the mark tells later whether it still does.
  const links = (doc.related ?? []).map((related) => {
    const id = String(relationId(related))
    return { id, mark: linkMark(names.get(id)) }
  })
  await storeEntryRecords(payload, entryId, defaultLocale, entryRecords({ entryId, locale: defaultLocale, entry, site, links, outputs }))
  return { result: 'rendered', linkers: await linkersShowingOtherwise(payload, entryId, { slug: entry.slug, title: entry.title }) }
}
