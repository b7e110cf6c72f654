import type { CareerPathFeedItem, SiteSettings } from '@careers/publishing'
import type { Payload } from 'payload'
import { renderedOutputsSlug } from '../collections/slugs'
import { allPublishedEntries } from '../entries/load-entries'
import { siteSettings } from '../entries/site-settings'
import { outputsHash, storedOutputs } from './stored-outputs'

/**
 * The stored feed item of every published entry: one query for all of them,
 * then rendering (and storing) the outputs of any not stored yet, one at a time,
 * since react-pdf wants a turn of the event loop between renders.
 */
export async function storedFeedItems(payload: Payload): Promise<{ items: CareerPathFeedItem[]; site: SiteSettings }> {
  const [entries, site] = await Promise.all([allPublishedEntries({ payload }), siteSettings(payload)])
  const inputs = entries.map(({ entry, relatedTitles }) => ({ entry, site, relatedTitles }))
  const hashes = inputs.map(outputsHash)
  const { docs } = hashes.length
    ? await payload.find({ collection: renderedOutputsSlug, where: { hash: { in: hashes } }, select: { hash: true, feedItem: true }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
    : { docs: [] }
  const stored = new Map(docs.map((d) => [(d as { hash: string }).hash, (d as { feedItem: CareerPathFeedItem }).feedItem]))
  const items: CareerPathFeedItem[] = []
  for (const [i, input] of inputs.entries()) {
    const found = stored.get(hashes[i]!)
    if (found) {
      items.push(found)
      continue
    }
    items.push((await storedOutputs({ payload }, input)).feedItem)
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { items, site }
}
