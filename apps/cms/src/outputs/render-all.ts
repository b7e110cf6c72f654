import type { CareerPathFeedItem, SiteSettings } from '@careers/publishing'
import type { Payload } from 'payload'
import { allPublishedEntries } from '../entries/load-entries'
import { siteSettings } from '../entries/site-settings'
import { storedFile } from './stored-outputs'

/**
 * The stored feed item of every published entry, rendering (and storing) the
 * outputs of those not stored yet, one at a time: react-pdf wants a turn of the
 * event loop between renders.
 */
export async function storedFeedItems(payload: Payload): Promise<{ items: CareerPathFeedItem[]; site: SiteSettings }> {
  const [entries, site] = await Promise.all([allPublishedEntries({ payload }), siteSettings(payload)])
  const items: CareerPathFeedItem[] = []
  for (const { entry, relatedTitles } of entries) {
    items.push(await storedFile({ payload }, { entry, site, relatedTitles }, 'feedItem'))
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { items, site }
}
