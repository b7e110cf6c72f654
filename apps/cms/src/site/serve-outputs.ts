import { headers } from 'next/headers'
import { cache } from 'react'
import { isStaff } from '../access/roles'
import { currentEntry, publishedEntry } from '../entries/load-entries'
import { siteSettings } from '../entries/site-settings'
import { storedFeedItems } from '../outputs/stored-feed-items'
import { outputsHash, storedFile, type StoredFile } from '../outputs/stored-outputs'
import { publicPayload } from './public-content'

/**
 * The published entry at `slug` with the site settings: what its page and files
 * are made from. Cached for the request, so the page's metadata and body read
 * the database once.
 */
export const publishedPage = cache(async (slug: string) => {
  const payload = await publicPayload()
  const [found, site] = await Promise.all([publishedEntry({ payload }, slug), siteSettings(payload)])
  return found ? { payload, site, ...found } : undefined
})

/**
 * Live preview of the entry with `id` (at `slug`): its newest draft when the
 * request is signed-in staff; anyone else gets the published page at `slug`,
 * so a preview address shared outside the admin shows nothing unpublished.
 */
export const previewPage = cache(async (slug: string, id: string) => {
  const payload = await publicPayload()
  // Read here, not passed in: a Headers argument would key React's cache by object, and the
  // page's metadata and body would each sign the user in and read the draft again.
  const { user } = await payload.auth({ headers: await headers() })
  if (!isStaff({ req: { user } })) return publishedPage(slug)
  const [found, site] = await Promise.all([currentEntry({ payload, req: { user } }, id), siteSettings(payload)])
  return found ? { payload, site, ...found, preview: true } : undefined
})

/**
 * The published entry's render inputs, their hash (the ETag), and a way to read
 * one stored file: a conditional request that matches needs no stored bytes.
 */
export async function publishedFiles(slug: string) {
  const page = await publishedPage(slug)
  if (!page) return undefined
  const input = { entry: page.entry, site: page.site, relatedTitles: page.relatedTitles }
  return { hash: outputsHash(input), read: <F extends StoredFile>(file: F) => storedFile({ payload: page.payload }, input, file) }
}

/** Every published entry's stored feed item, for the feed. */
export async function feedItems() {
  return storedFeedItems(await publicPayload())
}
