import type { CareerPath, Locale } from '@careers/career-path'
import { parseMarkdown, rendererVersion } from '@careers/publishing'
import type { Payload } from 'payload'
import { siteSettings } from '../entries/site-settings'
import { loadHandoutRenderer } from './renderers'
import { storeOf } from '../store/store'
import { contentHash } from './entry-records'
import { bookFileKey, defaultLocale, servedFormats } from '../store/file-keys'

export type BookResult = 'rendered' | 'unchanged' | 'removed' | 'nothing public'

/**
 * Makes a locale's stored book match the entries published in it: every entry's stored
 * Markdown (what its page and `.md` serve, related titles included), in one
 * PDF. Its ETag is a hash of what it is made from (the renderer, the settings
 * and each entry's Markdown ETag): the book is pure, so the same sources make
 * the same bytes, and a job whose sources did not change renders nothing.
 * Read from the stored records, never from drafts.
 */
export async function renderStoredBook(payload: Payload, locale: Locale = defaultLocale): Promise<BookResult> {
  const key = bookFileKey(locale)
  const store = storeOf(payload)
  const sources = await store.fileEtags(locale, servedFormats.md.contentType)
  if (sources.length === 0) {
    if (!(await store.file(key, { body: false }))) return 'nothing public'
    await store.removeFile(key)
    return 'removed'
  }
  // The locale's settings: its texts, language and addresses (`/<locale>/…`), as its handouts have them.
  const site = await siteSettings(payload, undefined, locale)
  const etag = contentHash(JSON.stringify([rendererVersion, site, sources.map((s) => [s.key, s.etag])]))
  if ((await store.file(key, { body: false }))?.etag === etag) return 'unchanged'

  const { renderBook, pageCount } = await loadHandoutRenderer()
  const entries: CareerPath[] = []
  const pageCounts: Record<string, number> = {}
  for (const source of sources) {
    const markdown = await store.file(source.key, { body: true })
    // Unpublished or deleted since the list was read: its removal queued the next book, which leaves it out.
    if (!markdown) continue
    const parsed = parseMarkdown(String(markdown.body), { locale })
    // Stored by the render job from a valid entry: a failure here is a bug, and fails the job (retried, shown to staff).
    if (!parsed.entry) throw new Error(`${source.key} as stored does not parse: ${parsed.issues.map((i) => i.message).join('; ')}`)
    entries.push(parsed.entry)
    // The handout's page count lets the book be laid out once instead of twice.
    const handout = await store.file(source.key.replace(/\.md$/, '.pdf'), { body: true })
    if (handout) pageCounts[parsed.entry.slug] = pageCount(Buffer.from(handout.body))
  }
  // All gone meanwhile: the job their removals queued removes the book.
  if (entries.length === 0) return 'nothing public'
  const bytes = await renderBook(entries, { site, pageCounts })
  const body = Buffer.from(bytes)
  await store.putFile({ key, locale, contentType: servedFormats.pdf.contentType, etag, size: body.byteLength, encoding: 'base64', body: body.toString('base64') })
  return 'rendered'
}
