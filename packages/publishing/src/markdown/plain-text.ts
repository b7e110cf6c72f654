import { plainTextOf, problem, type VFileMessage } from '@careers/career-path'
import type { Nodes } from 'mdast'

/**
 * The text of a plain-text field (a responsibility, a question, a name). Line
 * breaks fold to spaces; formatting, which the field cannot hold, is reported
 * rather than dropped without a word.
 */
export function plainText(node: Nodes, what: string, issues: VFileMessage[]): string {
  const formatted = findFormatting(node)
  if (formatted) {
    issues.push(
      problem(`${what} is plain text: its ${formatted.type} formatting is not kept`, {
        rule: 'formatting-lost',
        severity: 'warning',
        line: formatted.position?.start.line ?? node.position?.start.line ?? 1,
      }),
    )
  }
  return plainTextOf(node)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
}

function findFormatting(node: Nodes): Nodes | undefined {
  if (node.type !== 'text' && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'listItem') {
    return node
  }
  if (!('children' in node)) return undefined
  for (const child of node.children) {
    const found = findFormatting(child as Nodes)
    if (found) return found
  }
  return undefined
}
