import { renderEntryHtml } from '@careers/publishing'
import { headers } from 'next/headers'
import { cache } from 'react'
import { isStaff } from '../access/roles'
import { currentEntry } from '../entries/load-entries'
import { siteSettings } from '../entries/site-settings'
import { pageContent, type PageContent } from '../rendering/page-content'
import { entryFileKey } from '@careers/publishing/contract'
import { defaultLocale, type Locale } from '@careers/career-path'
import { publicPayload } from './public-content'
import { isPublishedSlug } from './published-slug'
import { storeOf } from '../store/store'

export type EntryPage = { kind: 'published'; page: PageContent } | { kind: 'rendering' } | { kind: 'preview'; page: PageContent }

/**
 * The published entry's page as its render stored it: one read by key. Cached
 * for the request, so the page's metadata and body read it once.
 */
export const publishedPage = cache(async (slug: string, locale: Locale = defaultLocale): Promise<EntryPage | undefined> => {
  const payload = await publicPayload()
  const file = await storeOf(payload).file(entryFileKey(locale, slug), { body: true })
  if (file) return { kind: 'published', page: JSON.parse(String(file.body)) as PageContent }
  return (await isPublishedSlug(payload, slug, locale)) ? { kind: 'rendering' } : undefined
})

/**
 * Live preview of the entry with `id` (at `slug`): its newest draft, rendered
 * for this request, when the request is signed-in staff; anyone else gets the
 * published page at `slug`, so a preview address shared outside the admin
 * shows nothing unpublished.
 */
export const previewPage = cache(async (slug: string, id: string, locale: Locale = defaultLocale): Promise<EntryPage | undefined> => {
  const payload = await publicPayload()
  // Read here, not passed in: a Headers argument would key React's cache by object, and the
  // page's metadata and body would each sign the user in and read the draft again.
  const { user } = await payload.auth({ headers: await headers() })
  if (!isStaff({ req: { user } })) return publishedPage(slug, locale)
  const [found, site] = await Promise.all([currentEntry({ payload, req: { user }, locale }, id), siteSettings(payload, undefined, locale)])
  if (!found?.entry.title) return undefined
  return { kind: 'preview', page: pageContent(found.entry, site, renderEntryHtml(found.entry, site, found.relatedTitles)) }
})
