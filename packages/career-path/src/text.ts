import type { Nodes } from 'mdast'

/** User text quoted in a message, cut short: a 1 MB title must not make a 1 MB message. */
export function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * The words of rich text as plain text: formatting dropped, and a line break or
 * the end of a list item is a space, never nothing ("Designing⏎APIs" is two words).
 */
export function plainTextOf(node: Nodes): string {
  if (node.type === 'break') return ' '
  if ('value' in node) return node.value
  if (!('children' in node)) return ''
  const separator = node.type === 'list' || node.type === 'listItem' ? ' ' : ''
  return node.children.map((child) => plainTextOf(child as Nodes)).join(separator)
}
