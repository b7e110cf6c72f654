import type { CareerPath } from '@careers/career-path'
import type { Nodes } from 'mdast'

/** The opening sentences of the definition, at most `max` characters, cut at a word. */
export function summarize(entry: CareerPath, max = 280): string {
  const first = entry.definition.children[0]
  const text = (first ? plainText(first) : '').replace(/\s+/g, ' ').trim()
  if (text.length <= max) return text
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? []
  let out = ''
  for (const sentence of sentences) {
    if ((out + sentence).trim().length > max) break
    out += sentence
  }
  if (out.trim()) return out.trim()
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}

/** The words of a node: a line break or the end of a list item is a space, not nothing. */
function plainText(node: Nodes): string {
  if (node.type === 'break') return ' '
  if ('value' in node) return node.value
  if (!('children' in node)) return ''
  const separator = node.type === 'list' || node.type === 'listItem' ? ' ' : ''
  return node.children.map((child) => plainText(child as Nodes)).join(separator)
}
