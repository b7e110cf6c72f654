import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { Font } from '@react-pdf/renderer'
import { hasSection, lifeHeading, pageTitle, paragraphs, sections, type CareerPath } from '@careers/career-path'
import * as pdfModule from './index.js'
import { renderHandout } from './index.js'
import { registerHandoutFonts } from './register-handout-fonts.js'
import { renderRichText } from './rich-text/render-rich-text.js'
import { entryUrls } from '../site.js'
import { flattenWhitespace, headingsEndingPages, readPdf, type ReadPdf } from '../test-support/pdf-text.js'
import { sampleEntry, sampleRelatedTitles, sampleSite } from '../test-support/sample-entry.js'

const A4 = { width: 595.28, height: 841.89 }
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')

/** Every section heading the entry should print, in page order: one outline entry each. */
function expectedHeadings(entry: CareerPath): string[] {
  const present = sections.filter((spec) => hasSection(entry, spec.key))
  const firstLife = present.find((spec) => spec.depth === 3)
  return present.flatMap((spec) => [...(spec === firstLife ? [lifeHeading(entry.title)] : []), spec.heading(entry.title)])
}

/** Fails naming the first phrase that is missing or out of order. */
function expectInOrder(text: string, phrases: string[]) {
  let from = 0
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from)
    expect(at, `"${phrase}" after position ${from}`).toBeGreaterThanOrEqual(0)
    from = at + phrase.length
  }
}

describe('pdf API', () => {
  it('exports renderHandout, renderBook, makeBook and the page count', () => {
    expect(Object.keys(pdfModule).sort()).toEqual(['makeBook', 'maxHandoutPages', 'pageCount', 'renderBook', 'renderHandout'])
  })

  it('registers the fonts once however often it is called', () => {
    registerHandoutFonts()
    registerHandoutFonts()
    expect(Font.getRegisteredFonts()['Inter']?.sources).toHaveLength(6)
    expect(Font.getRegisteredFonts()['JetBrains Mono']?.sources).toHaveLength(2)
  })
})

describe('renderHandout, full sample entry', () => {
  let bytes: Uint8Array
  let pdf: ReadPdf
  let text: string
  const pageUrl = entryUrls(sampleSite, sampleEntry.slug).page

  beforeAll(async () => {
    bytes = await renderHandout(sampleEntry, { site: sampleSite, relatedTitles: sampleRelatedTitles })
    pdf = await readPdf(bytes)
    text = flattenWhitespace(pdf.text)
  })

  it('is a PDF of 1 to 3 A4 pages', () => {
    expect(latin1(bytes.subarray(0, 5))).toBe('%PDF-')
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1)
    expect(pdf.pageCount).toBeLessThanOrEqual(3)
    for (const size of pdf.pageSizes) {
      expect(size.width).toBeCloseTo(A4.width, 1)
      expect(size.height).toBeCloseTo(A4.height, 1)
    }
  })

  it('carries title, author, subject, keywords and language in its metadata', () => {
    expect(pdf.info.Title).toBe(pageTitle(sampleEntry.title))
    expect(pdf.info.Author).toBe(sampleSite.siteName)
    expect(pdf.info.Subject).toBe('A Backend Developer is a software engineer who specializes in building and maintaining the server-side logic, databases, and APIs that power web and mobile applications.')
    expect(pdf.info.Keywords).toBe(sampleEntry.tags?.join(', '))
    expect(pdf.info.Creator).toBeTruthy()
    expect(pdf.info.Producer).toBeTruthy()
    expect(pdf.language).toBe(sampleSite.language)
  })

  it('has one outline entry per section, each leading to its heading', () => {
    expect(pdf.outline.map((item) => item.title)).toEqual(expectedHeadings(sampleEntry))
    expect(pdf.outline.every((item) => item.children.length === 0)).toBe(true)
    let previous = { page: 1, top: Infinity }
    for (const { title, destination } of pdf.outline) {
      expect(destination, title).not.toBeNull()
      const { page, left, top } = destination!
      expect(flattenWhitespace(pdf.pageTexts[page - 1] ?? ''), title).toContain(title)
      expect(left, title).toBeCloseTo(0, 2)
      // Down the page, or onto a later one: each entry leads below the one before.
      if (page === previous.page) expect(top!, title).toBeLessThan(previous.top)
      else expect(page, title).toBeGreaterThan(previous.page)
      previous = { page, top: top! }
    }
  })

  it('reads in order: title, headings, responsibilities, specializations, questions, call to action', () => {
    expectInOrder(text, [pageTitle(sampleEntry.title), ...expectedHeadings(sampleEntry)])
    expectInOrder(text, [
      ...sampleEntry.responsibilities,
      ...sampleEntry.specializations.flatMap(({ name, description }) => [name, description]),
      ...sampleEntry.faqs.map(({ question }) => question),
      'Frontend Developer',
      'devops-engineer',
      sampleSite.callToAction.label,
    ])
    expectInOrder(text, ['Optimizing application performance', 'slow queries', 'memory leaks', 'Ensuring seamless'])
    expectInOrder(text, ['1. Write the change', '2. Open a pull request.', '3. Deploy behind'])
  })

  it('keeps Latin-extended letters, the euro sign and curly quotes', () => {
    for (const phrase of ['São Paulo', 'Łódź', 'Győr', '€70,000', '“good backends are invisible”', 'café']) {
      expect(text).toContain(phrase)
    }
  })

  it('links rich-text links, related entries and the call to action', () => {
    const urls = pdf.links.map((link) => link.url)
    expect(urls).toContain('https://owasp.org/www-project-top-ten/')
    expect(urls).toContain(entryUrls(sampleSite, 'frontend-developer').page)
    expect(urls).toContain(entryUrls(sampleSite, 'devops-engineer').page)
    expect(pdf.links.filter((link) => link.url === sampleSite.callToAction.url).map((link) => link.page)).toContain(pdf.pageCount)
  })

  it('puts "Page N", the entry URL and the footer text on every page', () => {
    pdf.pageTexts.forEach((pageText, index) => {
      const page = flattenWhitespace(pageText)
      expect(page).toMatch(new RegExp(`Page ${index + 1}(?!\\d)`))
      expect(page).toContain(pageUrl)
      expect(page).toContain(sampleSite.handoutFooter)
      expect(pdf.links).toContainEqual({ url: pageUrl, page: index + 1 })
    })
  })

  it('ends with the call to action on the last page', () => {
    const last = flattenWhitespace(pdf.pageTexts[pdf.pageCount - 1] ?? '')
    expect(last).toContain(sampleSite.callToAction.label)
    expect(last).toContain(sampleSite.callToAction.url)
  })

  it('never ends a page with a heading', () => {
    expect(headingsEndingPages(sampleEntry, pdf, sampleSite.handoutFooter)).toEqual([])
  })

  it('embeds every font it uses, the standard fonts included', () => {
    const raw = latin1(bytes)
    expect(raw.match(/\/FontFile2/g)?.length).toBeGreaterThanOrEqual(4)
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/)
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+JetBrainsMono-Regular/)
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/)
  })
})

describe('renderHandout, other entries', () => {
  const minimal: CareerPath = {
    title: 'API Developer',
    slug: 'api-developer',
    definition: paragraphs('An API Developer designs the interfaces programs talk through.'),
    whatTheyDo: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Reads the ' },
            { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'manual' }] },
            { type: 'text', value: ' first.' },
          ],
        },
      ],
    },
    responsibilities: ['Designing endpoints.'],
    specializations: [],
    faqs: [],
    related: [],
  }

  it('renders the same entry to the same bytes, dated by the entry', async () => {
    const options = { site: sampleSite, relatedTitles: sampleRelatedTitles }
    const first = await renderHandout(sampleEntry, options)
    expect(Buffer.from(await renderHandout(sampleEntry, options)).equals(Buffer.from(first))).toBe(true)
    const later = await renderHandout({ ...sampleEntry, updated: '2025-01-02' }, options)
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false)
  })

  it('prints only the sections the entry has', async () => {
    const pdf = await readPdf(await renderHandout(minimal, { site: sampleSite }))
    expect(pdf.pageCount).toBe(1)
    expect(pdf.outline.map((item) => item.title)).toEqual(['Definition of an API Developer', 'What does an API Developer do', 'Key responsibilities of an API Developer'])
    expect(pdf.text).not.toContain(lifeHeading(minimal.title))
    expect(pdf.text).not.toContain('Related Career Paths')
    expect(pdf.info.Keywords ?? '').toBe('')
  })

  it('keeps an unsafe link as plain text, not as a link', async () => {
    const pdf = await readPdf(await renderHandout(minimal, { site: sampleSite }))
    expect(flattenWhitespace(pdf.text)).toContain('Reads the manual first.')
    expect(pdf.links.map((link) => link.url)).not.toContain('javascript:alert(1)')
  })

  it('prints decomposed accents as the composed letters', async () => {
    const entry = { ...minimal, definition: paragraphs('Győr and Łódź'.normalize('NFD')) }
    const pdf = await readPdf(await renderHandout(entry, { site: sampleSite }))
    expect(pdf.text).toContain('Győr and Łódź')
  })

  it('keeps headings with what follows them, and last items with the one before, wherever pages break', async () => {
    // Growing the first section moves every later heading down the pages a line at a time.
    const sentence = 'Backend work is mostly about data, its shape and its journey. '
    const lastResponsibility = `• ${sampleEntry.responsibilities.at(-1)}`
    const stranded: string[] = []
    for (let sentences = 1; sentences <= 30; sentences += 1) {
      const entry = { ...sampleEntry, definition: paragraphs(sentence.repeat(sentences)) }
      const pdf = await readPdf(await renderHandout(entry, { site: sampleSite }))
      stranded.push(...headingsEndingPages(entry, pdf, sampleSite.handoutFooter).map((heading) => `${sentences}: ${heading}`))
      // A list's last item never opens a page alone.
      const widows = pdf.pageTexts.filter((page) => page.startsWith(lastResponsibility))
      stranded.push(...widows.map(() => `${sentences}: ${lastResponsibility}`))
    }
    expect(stranded).toEqual([])
  })

  it('breaks a word too long for a line instead of cutting it off', async () => {
    const url = `https://example.com/${'segment'.repeat(12)}/${'x'.repeat(90)}?page=2`
    const pdf = await readPdf(await renderHandout({ ...minimal, definition: paragraphs(`See ${url} now.`) }, { site: sampleSite }))
    // React-pdf draws a hyphen where it breaks a word.
    expect(pdf.text.replace(/-\n/g, '')).toContain(url)
  })

  it('refuses a node rich text cannot hold, with that error', async () => {
    const table = { type: 'root', children: [{ type: 'table', children: [] }] } as never
    expect(() => renderRichText(table)).toThrow('Cannot handle unknown node `table`')
    await expect(renderHandout({ ...minimal, definition: table }, { site: sampleSite })).rejects.toThrow('Cannot handle unknown node `table`')
    const faqs = [{ question: 'Why?', answer: table }]
    await expect(renderHandout({ ...minimal, faqs }, { site: sampleSite })).rejects.toThrow('unknown node `table`')
  })

  it('reports such a node as just the error, with nothing dumped on stderr (the compiled package, as the build runs it)', async () => {
    // React prints what its error boundaries catch, past any console spy here: so a process of its own.
    const compiled = fileURLToPath(new URL('../../dist/pdf/index.js', import.meta.url))
    const script = `const { renderHandout } = await import(${JSON.stringify(compiled)})
      const [entry, site] = JSON.parse(process.argv[1])
      await renderHandout(entry, { site }).then(() => process.exit(3), (error) => process.stdout.write(error.message))`
    const table = { type: 'root', children: [{ type: 'table', children: [] }] }
    const run = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, JSON.stringify([{ ...minimal, whatTheyDo: table }, sampleSite])])
    expect(run.stdout).toBe('Cannot handle unknown node `table`')
    expect(run.stderr).toBe('')
  })
})
