import type { Nodes } from 'mdast'
import { isSafeUrl } from './rich-text.js'
import { limits } from './limits.js'
import { excerpt } from './text.js'

export interface Issue {
  /** The field, as a path: `faqs[2].answer`. */
  path: string
  message: string
  /** Line in the source file, where the entry came from one. */
  line?: number
}

const inline = new Set(['text', 'strong', 'emphasis', 'inlineCode', 'link', 'break'])

/**
 * Every way a tree is not rich text: a node an editor cannot make, a link with
 * an unsafe protocol, lists nested too deep, too much text. Empty list when fine.
 */
export function validateRichText(tree: unknown, path: string): Issue[] {
  const issues: Issue[] = []
  const root = tree as { type?: unknown; children?: unknown }
  if (!root || root.type !== 'root' || !Array.isArray(root.children)) {
    return [{ path, message: 'must be rich text (an mdast root)' }]
  }
  let characters = 0
  const report = (node: Nodes, message: string) =>
    issues.push({ path, message, ...(node.position ? { line: node.position.start.line } : {}) })

  const visit = (node: Nodes, parent: string, depth: number): void => {
    switch (node.type) {
      case 'paragraph':
      case 'list':
        if (parent !== 'root' && parent !== 'listItem') report(node, `a ${node.type} cannot stand inside ${parent}`)
        break
      case 'listItem':
        if (parent !== 'list') report(node, 'a list item must be inside a list')
        break
      default:
        if (!inline.has(node.type)) {
          report(node, `${describe(node.type)} is not allowed in rich text (paragraphs, lists, bold, italic, code, links and line breaks are)`)
          return
        }
        if (parent === 'root' || parent === 'list' || parent === 'listItem') {
          report(node, `${node.type} must be inside a paragraph`)
        }
    }
    if (node.type === 'list' && depth >= limits.listDepth) {
      report(node, `lists may nest ${limits.listDepth} deep at most`)
    }
    if (node.type === 'link') {
      if (!isSafeUrl(node.url)) report(node, `link "${excerpt(node.url)}" must be an absolute http, https or mailto URL`)
      if (node.children.some((c) => c.type === 'link')) report(node, 'a link cannot contain a link')
    }
    if ('value' in node && typeof node.value === 'string') characters += node.value.length
    if ('children' in node) {
      const nextDepth = node.type === 'list' ? depth + 1 : depth
      for (const child of node.children) visit(child as Nodes, node.type, nextDepth)
    }
  }
  for (const child of root.children as Nodes[]) visit(child, 'root', 0)
  if (characters > limits.richTextCharacters) {
    issues.push({ path, message: `is ${characters} characters long; the limit is ${limits.richTextCharacters}` })
  }
  return issues
}

function describe(type: string): string {
  const names: Record<string, string> = {
    heading: 'a heading',
    html: 'raw HTML',
    image: 'an image',
    table: 'a table',
    code: 'a code block',
    blockquote: 'a block quote',
    thematicBreak: 'a horizontal rule',
    delete: 'strikethrough',
    footnoteReference: 'a footnote',
    imageReference: 'an image',
    linkReference: 'a reference-style link',
  }
  return names[type] ?? `"${type}"`
}
