import { defaultLocale, type Locale } from '@careers/career-path'
import { bookFileKey, entryFileKey, servedFormats } from '@careers/publishing/contract'
import type { Payload } from 'payload'
import { siteSettings } from '../entries/site-settings'
import { storeOf } from '../store/store'
import { loadHandoutRenderer } from './renderers'

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
  const store = storeOf(payload)
  const stored = await store.fileEtags(locale, servedFormats.md.contentType)
  if (stored.length === 0) {
    if (!(await store.file(key, { body: false }))) return 'nothing public'
    await store.removeFile(key)
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
      const file = await store.file(md, { body: true })
      return file ? String(file.body) : undefined
    },
    // The handout's page count lets the book be laid out once instead of twice.
    pages: async () => {
      const handout = await store.file(entryFileKey(locale, slugOf(md), 'pdf'), { body: true })
      return handout ? pageCount(Buffer.from(handout.body)) : undefined
    },
  }))
  const previous = (await store.file(key, { body: false }))?.etag
  const made = await makeBook(site, sources, previous)
  // Unchanged; or all gone meanwhile, and the job their removals queued removes the book.
  if (!made.bytes) return made.key === previous ? 'unchanged' : 'nothing public'
  const body = Buffer.from(made.bytes)
  await store.putFile({ key, locale, contentType: servedFormats.pdf.contentType, etag: made.key, size: body.byteLength, encoding: 'base64', body: body.toString('base64') })
  return 'rendered'
}
