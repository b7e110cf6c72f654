import { plainTextOf } from '@careers/career-path'
import type { Nodes } from 'mdast'
import type { SourceIssue } from './issue.js'

/**
 * The text of a plain-text field (a responsibility, a question, a name). Line
 * breaks fold to spaces; formatting, which the field cannot hold, is reported
 * rather than dropped without a word.
 */
export function plainText(node: Nodes, what: string, issues: SourceIssue[]): string {
  const formatted = findFormatting(node)
  if (formatted) {
    issues.push({
      line: formatted.position?.start.line ?? node.position?.start.line ?? 1,
      message: `${what} is plain text: its ${formatted.type} formatting is not kept`,
      severity: 'warning',
    })
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
