import type { Nodes } from 'mdast'
import { isSafeUrl } from './rich-text.js'
import { limits } from './limits.js'
import { excerpt } from './text.js'
import { problem, type VFileMessage } from './problem.js'

const inline = new Set(['text', 'strong', 'emphasis', 'inlineCode', 'link', 'break'])

/**
 * Every way a tree is not rich text: a node an editor cannot make, a link with
 * an unsafe protocol, lists nested too deep, too much text. Empty list when fine.
 */
export function validateRichText(tree: unknown, field: string): VFileMessage[] {
  const issues: VFileMessage[] = []
  const root = tree as { type?: unknown; children?: unknown }
  if (root?.type !== 'root' || !Array.isArray(root.children)) {
    return [problem('must be rich text (an mdast root)', { rule: 'not-rich-text', field })]
  }
  let characters = 0
  const report = (node: Nodes, rule: string, message: string) => issues.push(problem(message, { rule, field, line: node.position?.start.line }))

  const visit = (node: Nodes, parent: string, depth: number): void => {
    switch (node.type) {
      case 'paragraph':
      case 'list':
        if (parent !== 'root' && parent !== 'listItem') report(node, 'rich-text-nesting', `a ${node.type} cannot stand inside ${parent}`)
        break
      case 'listItem':
        if (parent !== 'list') report(node, 'rich-text-nesting', 'a list item must be inside a list')
        break
      default:
        if (!inline.has(node.type)) {
          report(node, 'unsupported-rich-text', `${describe(node.type)} is not allowed in rich text (paragraphs, lists, bold, italic, code, links and line breaks are)`)
          return
        }
        if (parent === 'root' || parent === 'list' || parent === 'listItem') {
          report(node, 'rich-text-nesting', `${node.type} must be inside a paragraph`)
        }
    }
    if (node.type === 'list' && depth >= limits.listDepth) {
      report(node, 'list-depth', `lists may nest ${limits.listDepth} deep at most`)
    }
    if (node.type === 'link') {
      if (!isSafeUrl(node.url)) report(node, 'unsafe-link', `link "${excerpt(node.url)}" must be an absolute http, https or mailto URL`)
      if (node.children.some((c) => c.type === 'link')) report(node, 'nested-link', 'a link cannot contain a link')
    }
    if ('value' in node && typeof node.value === 'string') characters += node.value.length
    if ('children' in node) {
      const nextDepth = node.type === 'list' ? depth + 1 : depth
      for (const child of node.children) visit(child as Nodes, node.type, nextDepth)
    }
  }
  for (const child of root.children as Nodes[]) visit(child, 'root', 0)
  if (characters > limits.richTextCharacters) {
    issues.push(problem(`is ${characters} characters long; the limit is ${limits.richTextCharacters}`, { rule: 'rich-text-length', field }))
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

/** What a rich-text tree costs to lay out: its characters, blocks (paragraphs, list items, line breaks) and runs of text. */
export interface RichTextSize {
  characters: number
  blocks: number
  runs: number
}

const blockTypes = new Set(['paragraph', 'listItem', 'break'])
/** A run is a stretch of text in one format: each text or code leaf, and each link (drawn as an element of its own). */
const runTypes = new Set(['text', 'inlineCode', 'link'])

/** The size of a tree (nothing for what is not a tree), counted as `limits` counts it. */
export function richTextSize(tree: unknown): RichTextSize {
  const size: RichTextSize = { characters: 0, blocks: 0, runs: 0 }
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: unknown; value?: unknown; children?: unknown }
    if (typeof n.type === 'string' && blockTypes.has(n.type)) size.blocks++
    if (typeof n.type === 'string' && runTypes.has(n.type)) size.runs++
    if (typeof n.value === 'string') size.characters += n.value.length
    if (Array.isArray(n.children)) n.children.forEach(visit)
  }
  visit(tree)
  return size
}
