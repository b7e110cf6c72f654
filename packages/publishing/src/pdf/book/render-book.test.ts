// The book read back with pdf.js: its table of contents, links, outline,
// running headers and tagging must all agree on where each entry starts.
import { entryHeadings, pageTitle } from '@careers/career-path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { pageCount, renderBook, renderHandout } from '../index.js'
import { loadContentEntries } from '../../test-support/content-entries.js'
import { flattenWhitespace, readPdf, type ReadPdf } from '../../test-support/pdf-text.js'
import { readPdfStructure, type PageStructure } from '../../test-support/pdf-structure.js'
import { sampleSite } from '../../test-support/sample-entry.js'
import { expectedHeadings, expectTaggedPages, handoutRoles, headingsOf } from '../../test-support/tagged-handout.js'
import { withoutSpaces } from '../../test-support/pdf-structure.js'
import { bookOrder } from './render-book.js'

/** The book's internal links (GoTo a named destination): the page they are on, the page they lead to, their description. */
async function internalLinks(bytes: Uint8Array): Promise<{ page: number; target: number; contents: string }[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
  try {
    const links: { page: number; target: number; contents: string }[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      for (const annotation of await (await document.getPage(number)).getAnnotations()) {
        if (annotation.subtype !== 'Link' || !annotation.dest) continue
        const dest = typeof annotation.dest === 'string' ? await document.getDestination(annotation.dest) : annotation.dest
        const index = await document.getPageIndex(dest![0] as Parameters<typeof document.getPageIndex>[0])
        links.push({ page: number, target: index + 1, contents: annotation.contentsObj?.str ?? '' })
      }
    }
    return links
  } finally {
    await document.destroy()
  }
}

describe('renderBook, the real content', () => {
  const { entries } = loadContentEntries()
  const ordered = bookOrder(
    entries.map((e) => e.entry),
    sampleSite.language,
  )
  let bytes: Uint8Array
  let pdf: ReadPdf
  let structure: PageStructure[]
  /** Where each entry starts, by the outline. */
  let starts: number[]

  beforeAll(async () => {
    bytes = await renderBook(
      entries.map((e) => e.entry),
      { site: sampleSite, date: new Date('2026-11-30') },
    )
    pdf = await readPdf(bytes)
    structure = await readPdfStructure(bytes)
    starts = pdf.outline.slice(1).map((item) => item.destination!.page)
  }, 120_000)

  it('opens with a cover naming the site and the date', () => {
    const cover = flattenWhitespace(pdf.pageTexts[0]!)
    expect(cover).toContain(sampleSite.siteName.toUpperCase())
    expect(cover).toContain('30 November 2026')
    expect(pdf.info.Title).toBe(`${sampleSite.siteName}: Career paths`)
  })

  it('has an outline of the contents, then each entry in title order with its sections under it', () => {
    expect(pdf.outline.map((item) => item.title)).toEqual(['Contents', ...ordered.map((e) => e.title)])
    ordered.forEach((entry, index) => {
      const item = pdf.outline[index + 1]!
      expect(
        item.children.map((child) => child.title),
        entry.title,
      ).toEqual(entryHeadings(entry).map((h) => h.text))
      for (const child of item.children) expect(child.destination!.page, child.title).toBeGreaterThanOrEqual(item.destination!.page)
    })
  })

  it('starts every entry on a new page, where its title is', () => {
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(new Set(starts).size).toBe(starts.length)
    ordered.forEach((entry, index) => {
      expect(flattenWhitespace(pdf.pageTexts[starts[index]! - 1]!), entry.title).toContain(pageTitle(entry.title))
    })
  })

  it('prints in its contents the page numbers its bookmarks and links lead to', async () => {
    const contentsPages = pdf.pageTexts
      .slice(1, starts[0]! - 1)
      .map(flattenWhitespace)
      .join(' ')
    const printed = ordered.map((entry) => {
      const match = new RegExp(`${entry.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(contentsPages)
      return match ? Number(match[1]) : null
    })
    expect(printed).toEqual(starts)
    const links = (await internalLinks(bytes)).filter((link) => link.page < starts[0]!)
    expect(links.map((link) => link.target)).toEqual(starts)
    expect(links.map((link) => link.contents)).toEqual(ordered.map((entry, index) => `${entry.title}, page ${starts[index]}`))
  })

  it("names the entry in every one of its pages' running header", () => {
    ordered.forEach((entry, index) => {
      const end = (starts[index + 1] ?? pdf.pageCount + 1) - 1
      for (let page = starts[index]!; page <= end; page += 1) {
        expect(structure[page - 1]!.artifactText.startsWith(entry.title), `page ${page}`).toBe(true)
      }
    })
  })

  it('is tagged like the handouts: each entry with its headings in reading order, the contents as TOC', () => {
    expect(structure[0]!.rootRoles).toEqual(['Document'])
    expect(structure[0]!.untaggedText).toEqual([])
    expectTaggedPages(structure.slice(1), { roles: new Set([...handoutRoles, 'TOC', 'TOCI']), firstNumber: 2 })
    ordered.forEach((entry, index) => {
      const pages = structure.slice(starts[index]! - 1, (starts[index + 1] ?? pdf.pageCount + 1) - 1)
      expect(headingsOf(pages), entry.title).toEqual(expectedHeadings(entry).map(({ role, text }) => ({ role, text: withoutSpaces(text) })))
    })
    const toc = structure[1]!.document!.children.find((e) => e.role === 'TOC')
    expect(toc?.children.map((item) => item.children.map((c) => c.role).join())).toEqual(ordered.map(() => 'Link'))
  })

  it("makes the same book in one pass from the handouts' page counts, and from wrong counts in two", async () => {
    const site = sampleSite
    const relatedTitles = Object.fromEntries(ordered.map((e) => [e.slug, e.title]))
    const pageCounts: Record<string, number> = {}
    for (const entry of ordered) pageCounts[entry.slug] = pageCount(await renderHandout(entry, { site, relatedTitles }))
    const options = { site, relatedTitles, date: new Date('2026-11-30') }
    expect(Buffer.from(await renderBook(ordered, { ...options, pageCounts }))).toEqual(Buffer.from(bytes))
    const wrong = Object.fromEntries(ordered.map((e) => [e.slug, 1]))
    expect(Buffer.from(await renderBook(ordered, { ...options, pageCounts: wrong }))).toEqual(Buffer.from(bytes))
  }, 120_000)
})
