import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { makeBook } from '../book/make-book.js'
import { contentHashOfSha256 } from '../content-hash.js'
import { pageCount } from '../pdf/page-count.js'
import type { SiteSettings } from '../site.js'
import type { Manifest, OutputRecord } from './manifest.js'
import { bookFile, outputPaths } from './output-paths.js'
import { writeIfChanged } from './write-entry-files.js'

/** The book in the manifest: what it was made from (`key`, the book's key as the CMS has it too), and its bytes. */
export interface BookRecord extends OutputRecord {
  key: string
  pages: number
}

export interface BookJob {
  outDir: string
  site: SiteSettings
  previous: Manifest
  /** This build's entries. */
  next: Manifest
}

/**
 * Writes `<out>/career-paths.pdf`, every published entry in one book, when
 * its key changed since the book was made (`makeBook`: the settings and every
 * entry's Markdown). The entries are read back from this build's Markdown outputs,
 * so an entry that failed now is in the book as it was last published, as on its page.
 * Returns the book's record, and whether it was rendered; none when there
 * are no entries (and a book left from before is removed).
 */
export async function writeBook({ outDir, site, previous, next }: BookJob): Promise<{ record?: BookRecord; rendered: boolean }> {
  const file = bookFile(outDir)
  const published = Object.values(next.entries)
  if (published.length === 0) {
    await rm(file, { force: true })
    return { rendered: false }
  }
  const sources = published.map(({ outline, outputs }) => ({
    slug: outline.slug,
    // The manifest has each Markdown's sha256 already: no file is read unless the book is made.
    markdownHash: contentHashOfSha256(outputs.markdown.hash),
    markdown: () => readFile(outputPaths(outDir, outline.slug).markdown, 'utf8'),
    pages: async () => outputs.pdf.pages,
  }))
  const made = await makeBook(site, sources, existsSync(file) ? previous.book?.key : undefined)
  if (!made.bytes) return { record: previous.book, rendered: false }
  const written = await writeIfChanged(file, made.bytes, previous.book)
  return { record: { ...written, key: made.key, pages: pageCount(made.bytes) }, rendered: true }
}
