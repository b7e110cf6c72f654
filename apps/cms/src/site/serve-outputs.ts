import { publishedEntry } from '../entries/published-entries'
import { siteSettings } from '../entries/site-settings'
import { storedFeedItems } from '../outputs/render-all'
import { outputsHash, storedFile, type StoredFile } from '../outputs/stored-outputs'
import { publicPayload } from './public-content'

/**
 * The published entry at `slug` as render inputs and their hash (the ETag), and
 * a way to read one of its stored files: a conditional request that matches
 * needs no stored bytes at all.
 */
export async function publishedFiles(slug: string) {
  const payload = await publicPayload()
  const [found, site] = await Promise.all([publishedEntry({ payload }, slug), siteSettings(payload)])
  if (!found) return undefined
  const input = { entry: found.entry, site, relatedTitles: found.relatedTitles }
  return { hash: outputsHash(input), read: <F extends StoredFile>(file: F) => storedFile({ payload }, input, file) }
}

/** Every published entry's stored feed item, for the feed. */
export async function feedItems() {
  return storedFeedItems(await publicPayload())
}
