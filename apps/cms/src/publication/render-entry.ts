import type { Payload } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { relationId } from '../entries/document-entry'
import { toPublishedEntry } from '../entries/load-entries'
import { siteSettings } from '../entries/site-settings'
import { loadOutputRenderer } from '../outputs/renderers'
import { entryRecords } from './entry-records'
import { defaultLocale } from './file-keys'
import { linkingEntries, storedFeedRow, storeEntryRecords } from './store-records'

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
  const before = await storedFeedRow(payload, entryId, defaultLocale)
  if (doc?._status !== 'published') {
    await storeEntryRecords(payload, entryId, defaultLocale, undefined)
    return { result: before ? 'removed' : 'nothing public', linkers: before ? await linkingEntries(payload, entryId) : [] }
  }
  const [{ entry, relatedTitles }, site] = await Promise.all([toPublishedEntry({ payload }, doc), siteSettings(payload)])
  const { renderEntryOutputs } = await loadOutputRenderer()
  const outputs = await renderEntryOutputs({ entry, site, relatedTitles })
  const relatedIds = (doc.related ?? []).map(relationId)
  await storeEntryRecords(payload, entryId, defaultLocale, entryRecords({ entryId, locale: defaultLocale, entry, site, relatedIds, outputs }))
  const renamed = !before || before.title !== entry.title || before.slug !== entry.slug
  return { result: 'rendered', linkers: renamed ? await linkingEntries(payload, entryId) : [] }
}
