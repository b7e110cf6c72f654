import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { entryHeadings, type CareerPath } from '@careers/career-path'

/** One entry of a PDF's outline (bookmarks), with the entries nested under it. */
export interface OutlineEntry {
  title: string
  /** Where it leads: page (1-based) and, for an XYZ destination, the view's left and top in points. */
  destination: { page: number; left: number | null; top: number | null } | null
  children: OutlineEntry[]
}

/** A link annotation: where it points and the page (1-based) it is on. */
export interface PdfLink {
  url: string
  page: number
}

/** A run of text as pdf.js reports it, with where it starts on its page. */
export interface PdfTextItem {
  str: string
  /** Baseline start in PDF user space (points, origin bottom left): `transform[4]`, `transform[5]`. */
  x: number
  y: number
  width: number
  height: number
  /** pdf.js's end-of-line flag. */
  hasEOL: boolean
}

/** What tests read back from a PDF, as a reader's tools would see it. */
export interface ReadPdf {
  pageCount: number
  /** Page sizes in points. */
  pageSizes: { width: number; height: number }[]
  /** The text of each page, in content order; a line break where pdf.js reports one. */
  pageTexts: string[]
  /** Each page's text items in content order, with positions (empty marked-content items left out). */
  pageItems: PdfTextItem[][]
  /** All pages' text, pages separated by a form feed. */
  text: string
  /** The document information dictionary: Title, Author, Subject, Keywords, Creator, Producer… */
  info: Record<string, unknown>
  /** The catalog's /Lang, if any. */
  language: string | undefined
  outline: OutlineEntry[]
  links: PdfLink[]
}

interface RawOutline {
  title: string
  dest: string | unknown[] | null
  items: RawOutline[]
}

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>

async function toOutline(document: PdfDocument, items: RawOutline[] | null): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = []
  for (const item of items ?? []) {
    const dest = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest
    const [ref, kind, left, top] = dest ?? []
    const destination = ref
      ? {
          page: (await document.getPageIndex(ref as Parameters<PdfDocument['getPageIndex']>[0])) + 1,
          left: (kind as { name?: string })?.name === 'XYZ' ? (left as number | null) : null,
          top: (kind as { name?: string })?.name === 'XYZ' ? (top as number | null) : null,
        }
      : null
    entries.push({ title: item.title, destination, children: await toOutline(document, item.items) })
  }
  return entries
}

/** Each page's text and its positioned text items, as `readPdf` reads them. */
async function readPageText(page: Awaited<ReturnType<PdfDocument['getPage']>>): Promise<{ text: string; items: PdfTextItem[] }> {
  const content = await page.getTextContent()
  const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('')
  const items = content.items.flatMap((item) =>
    'str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height, hasEOL: item.hasEOL }] : [],
  )
  return { text, items }
}

/** Reads a PDF with pdf.js (the legacy build, which runs in Node). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js may detach the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
  try {
    const pageSizes: ReadPdf['pageSizes'] = []
    const pageTexts: string[] = []
    const pageItems: PdfTextItem[][] = []
    const links: PdfLink[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const [, , width, height] = page.view
      pageSizes.push({ width: width ?? 0, height: height ?? 0 })
      const { text, items } = await readPageText(page)
      pageTexts.push(text)
      pageItems.push(items)
      for (const annotation of await page.getAnnotations()) {
        if (annotation.subtype === 'Link' && typeof annotation.url === 'string') links.push({ url: annotation.url, page: number })
      }
    }
    const { info } = await document.getMetadata()
    const record = info as Record<string, unknown>
    return {
      pageCount: document.numPages,
      pageSizes,
      pageTexts,
      pageItems,
      text: pageTexts.join('\f'),
      info: record,
      language: typeof record.Language === 'string' ? record.Language : undefined,
      outline: await toOutline(document, (await document.getOutline()) as RawOutline[] | null),
      links,
    }
  } finally {
    await document.destroy()
  }
}

/**
 * Only the pages' text, plain and positioned: what `readPdf` gives without
 * sizes, links, metadata and outline. Cheaper, for tests that read many PDFs.
 */
export async function readPdfText(bytes: Uint8Array): Promise<Pick<ReadPdf, 'pageCount' | 'pageTexts' | 'pageItems' | 'text'>> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
  try {
    const pageTexts: string[] = []
    const pageItems: PdfTextItem[][] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      const { text, items } = await readPageText(await document.getPage(number))
      pageTexts.push(text)
      pageItems.push(items)
    }
    return { pageCount: document.numPages, pageTexts, pageItems, text: pageTexts.join('\f') }
  } finally {
    await document.destroy()
  }
}

/**
 * A page's text items grouped into lines (items sharing a baseline), top of
 * the page first, each line's items left to right; empty items left out.
 */
export function textLines(items: PdfTextItem[]): PdfTextItem[][] {
  const lines: PdfTextItem[][] = []
  for (const item of items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.at(-1)
    if (line && Math.abs(line[0]!.y - item.y) < 0.5) line.push(item)
    else lines.push([item])
  }
  return lines
}

/** The text with runs of white space made single spaces, for matching phrases that wrap across lines. */
export function flattenWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ')
}

/**
 * Headings (sections, the "What it's like to be …" group, specializations,
 * questions) that are the last body line of a page other than the last: the
 * page's text up to `footer` (the site's handout footer), last line. The
 * same check as the private `headingsEndingPages` of render-handout.test.ts,
 * which could use this one instead.
 */
export function headingsEndingPages(entry: CareerPath, pdf: Pick<ReadPdf, 'pageTexts'>, footer: string): string[] {
  const headings = new Set([...entryHeadings(entry).map((heading) => heading.text), ...entry.specializations.map((item) => item.name), ...entry.faqs.map((faq) => faq.question)])
  return pdf.pageTexts.slice(0, -1).flatMap((pageText) => {
    const end = pageText.lastIndexOf(footer)
    const lines = pageText
      .slice(0, end < 0 ? undefined : end)
      .trim()
      .split('\n')
    const last = lines[lines.length - 1]?.trim() ?? ''
    return headings.has(last) ? [last] : []
  })
}
