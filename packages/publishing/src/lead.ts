import type { CareerPath } from '@careers/career-path'
import type { Nodes } from 'mdast'

/**
 * The opening sentences of the entry's definition as plain text: whole
 * sentences up to `max` characters; a first sentence longer than that is cut
 * at a word and ends with "…". The feed's `summary` and the PDF's subject.
 */
export function definitionLead(entry: CareerPath, max: number): string {
  const first = entry.definition.children[0]
  const text = (first ? plainText(first) : '').replace(/\s+/g, ' ').trim()
  if (text.length <= max) return text
  const sentences = text.split(/(?<=[.!?…])\s+/)
  let lead = sentences[0] ?? ''
  if (lead.length > max) return `${lead.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
  for (const sentence of sentences.slice(1)) {
    if (lead.length + 1 + sentence.length > max) break
    lead += ` ${sentence}`
  }
  return lead
}

/** The words of a node: a line break or the end of a list item is a space, not nothing. */
function plainText(node: Nodes): string {
  if (node.type === 'break') return ' '
  if ('value' in node) return node.value
  if (!('children' in node)) return ''
  const separator = node.type === 'list' || node.type === 'listItem' ? ' ' : ''
  return node.children.map((child) => plainText(child as Nodes)).join(separator)
}
