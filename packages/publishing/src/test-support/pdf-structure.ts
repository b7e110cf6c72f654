import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** One element of a page's structure tree as pdf.js reports it, with the text of its own marked content. */
export interface StructureElement {
  role: string
  /**
   * Text of the element's own marked content on this page (not its children's).
   * pdf.js lists every item of a list that has any on the page, so an item
   * wholly on another page is here too, without text.
   */
  text: string
  /** Ids of the link annotations attached to it (OBJR), as `getAnnotations()` names them (`"86R"`). */
  annotations: string[]
  children: StructureElement[]
}

/** What a reader's accessibility layer sees of one page. */
export interface PageStructure {
  /** The page's structure tree under its `Document` element (pdf.js's `getStructTree()`), or null when it has none. */
  document: StructureElement | null
  /** Roles right under pdf.js's root: `["Document"]` for a well-formed tree. */
  rootRoles: string[]
  /** Page text that is in no marked content at all, or in one that no structure element claims. */
  untaggedText: string[]
  /** Text inside `/Artifact` marked content. */
  artifactText: string
  /** The page's link annotations: their ids and whether they carry a /StructParent. */
  linkAnnotations: { id: string; url: string | undefined }[]
}

interface RawNode {
  role?: string
  type?: 'content' | 'annotation' | 'object'
  id?: string
  children?: RawNode[]
  alt?: string
}

type MarkedItem = { type: 'beginMarkedContent'; tag: string } | { type: 'beginMarkedContentProps'; tag: string; id: string | null } | { type: 'endMarkedContent' } | { str: string; hasEOL: boolean }

/** pdf.js names an annotation in the structure tree `pdfjs_internal_id_<ref>`, and `<ref>` in `getAnnotations()`. */
const annotationId = (structureId: string) => structureId.replace(/^pdfjs_internal_id_/, '')

function toElement(node: RawNode, contentText: Map<string, string>): StructureElement {
  const element: StructureElement = { role: node.role ?? '', text: '', annotations: [], children: [] }
  for (const child of node.children ?? []) {
    if (child.type === 'content') element.text += contentText.get(child.id ?? '') ?? ''
    // pdf.js says "annotation" for an element whose only kid is an annotation, "object" otherwise (Link: text, then annotation).
    else if (child.type === 'annotation' || child.type === 'object') element.annotations.push(annotationId(child.id ?? ''))
    else if (!child.type) element.children.push(toElement(child, contentText))
  }
  return element
}

function contentIds(node: RawNode, ids = new Set<string>()): Set<string> {
  if (node.type === 'content' && node.id) ids.add(node.id)
  for (const child of node.children ?? []) contentIds(child, ids)
  return ids
}

/**
 * Reads a PDF's tagging back with pdf.js, a tool that did not write it:
 * every page's structure tree, with the text of each element's marked
 * content, and any page text that belongs to neither an element nor an
 * artifact.
 */
export async function readPdfStructure(bytes: Uint8Array): Promise<PageStructure[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
  try {
    const pages: PageStructure[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const tree = (await page.getStructTree()) as RawNode | null
      const claimed = tree ? contentIds(tree) : new Set<string>()
      const content = await page.getTextContent({ includeMarkedContent: true })
      // Marked content nests; text belongs to the innermost sequence around it.
      const open: { tag: string; id: string | null }[] = []
      const contentText = new Map<string, string>()
      const untaggedText: string[] = []
      let artifactText = ''
      for (const item of content.items as MarkedItem[]) {
        if ('type' in item) {
          if (item.type === 'endMarkedContent') open.pop()
          else open.push({ tag: item.tag, id: item.type === 'beginMarkedContentProps' ? item.id : null })
          continue
        }
        const text = item.str + (item.hasEOL ? ' ' : '')
        if (item.str.trim() === '') continue
        if (open.some((marked) => marked.tag === 'Artifact')) {
          artifactText += text
          continue
        }
        const id = open.at(-1)?.id
        if (id && claimed.has(id)) contentText.set(id, (contentText.get(id) ?? '') + text)
        else untaggedText.push(item.str)
      }
      const top = tree?.children ?? []
      const documentNode = top.find((node) => node.role === 'Document')
      const linkAnnotations = (await page.getAnnotations())
        .filter((annotation: { subtype: string }) => annotation.subtype === 'Link')
        .map((annotation: { id: string; url?: string }) => ({ id: annotation.id, url: annotation.url }))
      pages.push({
        document: documentNode ? toElement(documentNode, contentText) : null,
        rootRoles: top.map((node) => node.role ?? node.type ?? ''),
        untaggedText,
        artifactText,
        linkAnnotations,
      })
    }
    return pages
  } finally {
    await document.destroy()
  }
}

/** Every element of the tree, depth first, in reading order. */
export function allElements(element: StructureElement | null): StructureElement[] {
  if (!element) return []
  return [element, ...element.children.flatMap(allElements)]
}

/** The text of an element and everything in it. */
export function fullText(element: StructureElement): string {
  return element.text + element.children.map(fullText).join('')
}

/** Text compared without its white space: line breaks, and the spaces pdf.js adds or drops around them, vary. */
export const withoutSpaces = (text: string) => text.normalize('NFC').replace(/\s+/g, '')
