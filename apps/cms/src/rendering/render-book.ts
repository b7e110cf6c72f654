import { defaultLocale, type Locale } from '@careers/career-path'
import { bookFileKey, entryFileKey, servedFormats } from '@careers/publishing/contract'
import type { Payload } from 'payload'
import { publishedFilesSlug } from '../collections/slugs'
import { siteSettings } from '../entries/site-settings'
import { loadHandoutRenderer } from './renderers'
import { readStoredFile } from '../store/stored-files'

export type BookResult = 'rendered' | 'unchanged' | 'removed' | 'nothing public'

/**
 * Makes a locale's stored book match the entries published in it, through the
 * publishing package's one book pipeline (`makeBook`, as `careers build`): every
 * entry's stored Markdown (what its page and `.md` serve, related titles
 * included), in one PDF. Its ETag is the book's key (the renderer, the
 * settings and each entry's Markdown ETag): the book is pure, so a job whose
 * sources did not change renders nothing. Read from the stored records, never from drafts.
 */
export async function renderStoredBook(payload: Payload, locale: Locale = defaultLocale): Promise<BookResult> {
  const key = bookFileKey(locale)
  const { docs: stored } = await payload.db.find<{ key: string; etag: string }>({
    collection: publishedFilesSlug,
    where: { and: [{ locale: { equals: locale } }, { contentType: { equals: servedFormats.md.contentType } }] },
    select: { key: true, etag: true },
    sort: 'key',
    limit: 0,
    pagination: false,
  })
  if (stored.length === 0) {
    if (!(await readStoredFile(payload, key, { body: false }))) return 'nothing public'
    await payload.db.deleteMany({ collection: publishedFilesSlug, where: { key: { equals: key } } })
    return 'removed'
  }
  // The locale's settings: its texts, language and addresses (`/<locale>/…`), as its handouts have them.
  const site = await siteSettings(payload, undefined, locale)
  const { makeBook, pageCount } = await loadHandoutRenderer()
  const slugOf = (fileKey: string) => fileKey.slice(entryFileKey(locale, '').length, -'.md'.length)
  const sources = stored.map(({ key: md, etag }) => ({
    slug: slugOf(md),
    markdownHash: etag,
    // Unpublished or deleted since the list was read: its removal queued the next book, which leaves it out.
    markdown: async () => {
      const file = await readStoredFile(payload, md, { body: true })
      return file ? String(file.body) : undefined
    },
    // The handout's page count lets the book be laid out once instead of twice.
    pages: async () => {
      const handout = await readStoredFile(payload, entryFileKey(locale, slugOf(md), 'pdf'), { body: true })
      return handout ? pageCount(Buffer.from(handout.body)) : undefined
    },
  }))
  const previous = (await readStoredFile(payload, key, { body: false }))?.etag
  const made = await makeBook(site, sources, previous)
  // Unchanged; or all gone meanwhile, and the job their removals queued removes the book.
  if (!made.bytes) return made.key === previous ? 'unchanged' : 'nothing public'
  const body = Buffer.from(made.bytes)
  await payload.db.upsert({
    collection: publishedFilesSlug,
    where: { key: { equals: key } },
    data: { key, locale, contentType: servedFormats.pdf.contentType, etag: made.key, size: body.byteLength, encoding: 'base64', body: body.toString('base64'), updatedAt: new Date().toISOString() },
  })
  return 'rendered'
}
