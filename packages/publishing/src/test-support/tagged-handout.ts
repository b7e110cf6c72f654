import { entryHeadings, pageTitle, type CareerPath } from '@careers/career-path'
import { expect } from 'vitest'
import { allElements, fullText, withoutSpaces, type PageStructure, type StructureElement } from './pdf-structure.js'

/** The structure roles a handout may hold (the brief's list). */
export const handoutRoles = new Set(['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Link'])

/**
 * The headings a screen reader should list for an entry, in reading order:
 * the page title (H1); every section (H2, or H3 under "What it's like to
 * be …"); under their sections, each specialization's name and each question (H3).
 */
export function expectedHeadings(entry: CareerPath): { role: string; text: string }[] {
  return [
    { role: 'H1', text: pageTitle(entry.title) },
    ...entryHeadings(entry).flatMap(({ spec, text }) => [
      { role: spec?.depth === 3 ? 'H3' : 'H2', text },
      ...(spec?.key === 'specializations' ? entry.specializations.map((s) => ({ role: 'H3', text: s.name })) : []),
      ...(spec?.key === 'faqs' ? entry.faqs.map((f) => ({ role: 'H3', text: f.question })) : []),
    ]),
  ]
}

/** The headings of a read-back PDF, page after page, in reading order, white space left out. */
export function headingsOf(pages: PageStructure[]): { role: string; text: string }[] {
  return pages.flatMap((page) =>
    allElements(page.document)
      .filter((element) => /^H[1-6]$/.test(element.role))
      .map((element) => ({ role: element.role, text: withoutSpaces(fullText(element)) })),
  )
}

function expectWellFormedList(list: StructureElement) {
  for (const item of list.children) {
    expect(item.role, 'child of L').toBe('LI')
    // An item split across pages continues on the next page with its body only.
    expect(item.children.map((c) => c.role).join(' '), 'children of LI').toMatch(/^(Lbl LBody|Lbl|LBody)$/)
    const label = item.children.find((c) => c.role === 'Lbl')
    if (label?.text) expect(withoutSpaces(label.text), 'Lbl').toMatch(/^(•|–|◦|\d+\.)$/)
  }
}

/**
 * What every tagged page must be, read back by pdf.js: one `Document` under
 * the root; only the handout's roles; no text outside an element or an
 * artifact; lists as L > LI > Lbl, LBody; every link annotation attached to
 * a `Link` element of its page, and every `Link` with an annotation; the
 * running footer ("Page N") an artifact.
 */
export function expectTaggedPages(pages: PageStructure[], { roles = handoutRoles, firstNumber = 1 } = {}) {
  pages.forEach((page, index) => {
    const number = firstNumber + index
    const where = `page ${number}`
    expect(page.rootRoles, where).toEqual(['Document'])
    expect(page.untaggedText, `${where}: text in no element and no artifact`).toEqual([])
    const elements = allElements(page.document)
    for (const element of elements) expect(roles.has(element.role), `${where}: role ${element.role}`).toBe(true)
    for (const list of elements.filter((e) => e.role === 'L')) expectWellFormedList(list)
    const links = elements.filter((e) => e.role === 'Link')
    // A link with text on the page has its annotation there (one wholly on another page may be listed without either).
    for (const link of links.filter((l) => fullText(l).trim() !== '')) {
      expect(link.annotations.length, `${where}: Link "${fullText(link)}" without its annotation`).toBeGreaterThan(0)
    }
    const attached = new Set(links.flatMap((link) => link.annotations))
    for (const annotation of page.linkAnnotations) expect(attached.has(annotation.id), `${where}: annotation ${annotation.url} in no Link`).toBe(true)
    expect(page.artifactText, `${where}: page number as an artifact`).toMatch(new RegExp(`Page ${number}(?!\\d)`))
  })
}

/** `expectTaggedPages`, and the entry's headings in reading order. */
export function expectTaggedHandout(entry: CareerPath, pages: PageStructure[]) {
  expectTaggedPages(pages)
  const expected = expectedHeadings(entry).map(({ role, text }) => ({ role, text: withoutSpaces(text) }))
  expect(headingsOf(pages)).toEqual(expected)
}
