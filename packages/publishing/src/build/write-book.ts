import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import type { CareerPath } from '@careers/career-path'
import { parseMarkdown } from '../markdown/parse-markdown.js'
import { renderBook } from '../pdf/book/index.js'
import { pageCount } from '../pdf/page-count.js'
import type { SiteSettings } from '../site.js'
import { sha256 } from './content-files.js'
import type { Manifest, OutputRecord } from './manifest.js'
import { bookFile, outputPaths } from './output-paths.js'
import { writeIfChanged } from './write-entry-files.js'

/** The book in the manifest: what it was made from (`key`), and its bytes. */
export interface BookRecord extends OutputRecord {
  key: string
  pages: number
}

export interface BookJob {
  outDir: string
  site: SiteSettings
  settingsHash: string
  previous: Manifest
  /** This build's entries, each with its render key. */
  next: Manifest
}

/**
 * Writes `<out>/career-paths.pdf`, every published entry in one book, when
 * an entry or the settings changed since the book was made: its key is the
 * settings and every entry's render key (source, settings, related titles).
 * The entries are read back from this build's Markdown outputs, so an entry
 * that failed now is in the book as it was last published, as on its page.
 * Returns the book's record, and whether it was rendered; none when there
 * are no entries (and a book left from before is removed).
 */
export async function writeBook({ outDir, site, settingsHash, previous, next }: BookJob): Promise<{ record?: BookRecord; rendered: boolean }> {
  const file = bookFile(outDir)
  const published = Object.values(next.entries).sort((a, b) => (a.outline.slug < b.outline.slug ? -1 : 1))
  if (published.length === 0) {
    await rm(file, { force: true })
    return { rendered: false }
  }
  const key = sha256(JSON.stringify([settingsHash, published.map((e) => [e.outline.slug, e.renderKey])]))
  if (previous.book?.key === key && existsSync(file)) return { record: previous.book, rendered: false }

  // Parsed here, not on the pool: the workers are gone by now, and parsing is a few ms an entry against the book's seconds.
  const entries: CareerPath[] = []
  for (const { outline } of published) {
    const parsed = parseMarkdown(await readFile(outputPaths(outDir, outline.slug).markdown, 'utf8'), site.locale ? { locale: site.locale } : {})
    if (!parsed.entry) throw new Error(`${outline.slug}.md as published does not parse`)
    entries.push(parsed.entry)
  }
  const relatedTitles = Object.fromEntries(published.map(({ outline }) => [outline.slug, outline.title]))
  // In this thread: the book is one document, larger than a worker's heap is allowed to be.
  const pageCounts = Object.fromEntries(published.map(({ outline, outputs }) => [outline.slug, outputs.pdf.pages]))
  const bytes = await renderBook(entries, { site, relatedTitles, pageCounts })
  const written = await writeIfChanged(file, bytes, previous.book)
  return { record: { ...written, key, pages: pageCount(bytes) }, rendered: true }
}
