import { entryAnchor } from './book-anchors.js'

/** The part of react-pdf's laid-out document read here: pages, and nodes with their props. */
interface LaidOutNode {
  props?: { id?: unknown }
  children?: LaidOutNode[]
}

/**
 * The page (1-based) each entry starts on, found where the layout put the
 * entry's named destination: the same node its bookmark and the table of
 * contents' link lead to, so the printed numbers cannot disagree with them.
 */
export function entryStartPages(layout: unknown, slugs: string[]): Record<string, number> {
  const bySlug = new Map(slugs.map((slug) => [entryAnchor(slug), slug]))
  const starts: Record<string, number> = {}
  const pages = (layout as LaidOutNode | undefined)?.children ?? []
  pages.forEach((page, index) => {
    const visit = (node: LaidOutNode) => {
      const slug = typeof node.props?.id === 'string' ? bySlug.get(node.props.id) : undefined
      if (slug && !(slug in starts)) starts[slug] = index + 1
      node.children?.forEach(visit)
    }
    visit(page)
  })
  return starts
}

/** Pages in react-pdf's laid-out document. */
export function laidOutPageCount(layout: unknown): number {
  return (layout as LaidOutNode | undefined)?.children?.length ?? 0
}
