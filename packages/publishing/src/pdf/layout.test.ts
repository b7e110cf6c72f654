import { describe, expect, it } from 'vitest'
import type { ListItem } from 'mdast'
import { paragraphs, type CareerPath, type RichText, type RichTextInline } from '@careers/career-path'
import { renderHandout } from './index.js'
import { loadContentEntries } from '../test-support/content-entries.js'
import { headingsEndingPages, readPdfText, textLines } from '../test-support/pdf-text.js'
import { sampleSite } from '../test-support/sample-entry.js'

describe('handout layout', () => {
  it('never ends a page with a heading, across the real entries and many definition lengths', async () => {
    // Growing the definition moves every later heading down the pages, about
    // two thirds of a line a sentence. These lengths push each entry's
    // "What it's like to be …" group heading through the foot of a page, where
    // keeping room for its text alone (not for the subsection heading under
    // it) strands it; a page of lines is about 70 sentences, so several
    // entries meet that spot within this range. Every third length keeps the
    // run short: the spot spans three or more lengths. After a change to the
    // spacing, re-sweep: swap `keepWithNext.subsection` for `.text` in
    // handout-sections.tsx, run lengths 1 to 130, and keep a range where it fails.
    const sentence = 'Backend work is mostly about data, its shape and its journey. '
    const lengths = Array.from({ length: 7 }, (_, index) => 60 + 3 * index)
    const { entries, relatedTitles } = loadContentEntries()
    const stranded: string[] = []
    for (const { file, entry } of entries) {
      for (const sentences of lengths) {
        const grown: CareerPath = { ...entry, definition: paragraphs(sentence.repeat(sentences)) }
        const pdf = await readPdfText(await renderHandout(grown, { site: sampleSite, relatedTitles }))
        stranded.push(...headingsEndingPages(grown, pdf, sampleSite.handoutFooter).map((heading) => `${file} × ${sentences}: ${heading}`))
      }
    }
    expect(stranded).toEqual([])
  })

  it('hangs a wrapped list item: its later lines start where its first line’s text does, right of the bullet', async () => {
    // The item opens in bold, a font of its own, so pdf.js reports the first
    // line's text apart from the bullet, with its own x.
    const filler = 'every public contract is versioned, documented and tested before release, '.repeat(4)
    const item = (...children: RichTextInline[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })
    const whatTheyDo: RichText = {
      type: 'root',
      children: [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [
            item({ type: 'text', value: 'Short first item.' }),
            item({ type: 'strong', children: [{ type: 'text', value: 'Versioning:' }] }, { type: 'text', value: ` ${filler}until the end.` }),
            item({ type: 'text', value: 'Short last item.' }),
          ],
        },
      ],
    }
    const entry: CareerPath = {
      title: 'API Developer',
      slug: 'api-developer',
      definition: paragraphs('An API Developer designs the interfaces programs talk through.'),
      whatTheyDo,
      responsibilities: ['Designing endpoints.'],
      specializations: [],
      faqs: [],
      related: [],
    }
    const pdf = await readPdfText(await renderHandout(entry, { site: sampleSite }))
    expect(pdf.pageCount).toBe(1)
    const lines = textLines(pdf.pageItems[0] ?? [])
    const first = lines.findIndex((line) => line.some((i) => i.str.startsWith('Versioning:')))
    const last = lines.findIndex((line) => line.some((i) => i.str.includes('until the end.')))
    expect(first, 'the long item’s first line').toBeGreaterThanOrEqual(0)
    const firstLine = lines[first]!
    const text = firstLine.find((i) => i.str.startsWith('Versioning:'))!
    const bullet = firstLine.find((i) => i.str.trim() === '•')
    expect(bullet, 'a bullet on its own before the text').toBeDefined()
    expect(bullet!.x + bullet!.width, 'the bullet ends left of the text').toBeLessThan(text.x)
    const continuation = lines.slice(first + 1, last + 1)
    expect(continuation.length, 'the item wraps onto several lines').toBeGreaterThanOrEqual(3)
    for (const line of continuation) {
      const start = Math.min(...line.map((i) => i.x))
      expect(Math.abs(start - text.x), `"${line.map((i) => i.str).join('')}" starts at ${start}, the first line’s text at ${text.x}`).toBeLessThan(0.5)
    }
  })
})
