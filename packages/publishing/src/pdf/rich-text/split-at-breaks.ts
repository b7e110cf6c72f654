import type { Nodes, Paragraph, PhrasingContent } from 'mdast'

/** True when a line break sits anywhere inside the node. */
export function containsBreak(node: Nodes): boolean {
  if (node.type === 'break') return true
  return 'children' in node && node.children.some(containsBreak)
}

/**
 * A paragraph cut at its line breaks into one paragraph per line, marks kept
 * on both sides of a break inside them (`**a<br>b**` gives `**a**` and `**b**`).
 *
 * Why: react-pdf lays a "\n" out in the first font of its fallback stack that
 * has a glyph for it, and no TTF has one, so every hard break would pull in
 * the non-embedded Helvetica. Separate lines keep the PDF's fonts all embedded.
 */
export function splitAtBreaks(paragraph: Paragraph): Paragraph[] {
  return splitPhrasing(paragraph.children).map((children) => ({ type: 'paragraph', children }))
}

function splitPhrasing(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]]
  const current = () => lines[lines.length - 1] as PhrasingContent[]
  for (const child of children) {
    if (child.type === 'break') {
      lines.push([])
    } else if ('children' in child && containsBreak(child)) {
      const [first = [], ...rest] = splitPhrasing(child.children)
      current().push({ ...child, children: first } as PhrasingContent)
      for (const part of rest) lines.push([{ ...child, children: part } as PhrasingContent])
    } else {
      current().push(child)
    }
  }
  return lines
}
