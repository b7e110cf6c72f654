/**
 * The `tag` prop our react-pdf patch reads (patches/@react-pdf+render+4.7.0.patch):
 * which element of the PDF's structure tree a node is, or that it is an
 * artifact (drawn, but not content: running footers, page numbers). Text
 * under a node belongs to the nearest tagged node above it.
 */
export type StructureRole = 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Link' | 'Sect' | 'TOC' | 'TOCI'

export type StructureTag = { role: StructureRole; alt?: string; lang?: string; title?: string } | { artifact: 'Pagination' | 'Layout' | 'Page' }

declare module '@react-pdf/renderer' {
  interface NodeProps {
    tag?: StructureTag
  }
  interface DocumentProps {
    /** Write a structure tree from the nodes' `tag` props, and mark the document as tagged. */
    tagged?: boolean
  }
}

/**
 * A new tag for one element. Each element needs an object of its own: the
 * patch knows the parts of a node split across pages as one element by it.
 */
export function tag(role: StructureRole, options: { alt?: string; lang?: string; title?: string } = {}): StructureTag {
  return { role, ...options }
}

/** Marks a node and everything in it as an artifact of the given kind. */
export function artifact(kind: 'Pagination' | 'Layout' | 'Page'): StructureTag {
  return { artifact: kind }
}
