import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

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

/** What tests read back from a PDF, as a reader's tools would see it. */
export interface ReadPdf {
  pageCount: number
  /** Page sizes in points. */
  pageSizes: { width: number; height: number }[]
  /** The text of each page, in content order; a line break where pdf.js reports one. */
  pageTexts: string[]
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

/** Reads a PDF with pdf.js (the legacy build, which runs in Node). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js may detach the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
  try {
    const pageSizes: ReadPdf['pageSizes'] = []
    const pageTexts: string[] = []
    const links: PdfLink[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const [, , width, height] = page.view
      pageSizes.push({ width: width ?? 0, height: height ?? 0 })
      const content = await page.getTextContent()
      pageTexts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
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

/** The text with runs of white space made single spaces, for matching phrases that wrap across lines. */
export function flattenWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ')
}
