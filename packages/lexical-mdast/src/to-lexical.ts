import type { List, PhrasingContent, Root } from 'mdast'
import { unsupportedRichText, unsupportedMdastNode } from './errors.js'
import {
  TextFormat,
  type RichTextBlockNode,
  type RichTextEditorState,
  type RichTextInlineNode,
  type RichTextListItemChild,
  type RichTextLinkNode,
  type RichTextListItemNode,
  type RichTextListNode,
  type RichTextParagraphNode,
  type SerializedLineBreakNode,
  type SerializedTextNode,
} from './types.js'

export interface MdastToLexicalOptions {
  /**
   * The id of the n-th link (from 1, in reading order). Payload gives each link
   * a fresh ObjectID; the default counts instead (`000…001`), so converting the
   * same tree twice gives the same JSON and a re-import changes nothing. Ids
   * only need to be unique within one field.
   */
  linkId?: (n: number) => string
}

const defaultLinkId = (n: number) => n.toString(16).padStart(24, '0')

interface Context {
  links: number
  linkId: (n: number) => string
}

/**
 * The Lexical editor state an editor would leave after typing `tree` into
 * Payload (lexical 0.50): text of one format merged into one node, adjacent
 * lists of one kind merged, list items numbered, each element's `textFormat`
 * as the browser's reconciler sets it. An empty tree gives one empty
 * paragraph, as an emptied editor holds. Throws a `vfile-message` (rule `unsupported-rich-text`, {@link unsupportedRichText})
 * for anything Lexical rich text here cannot hold.
 */
export function mdastToLexical(tree: Root, options: MdastToLexicalOptions = {}): RichTextEditorState {
  const context: Context = { links: 0, linkId: options.linkId ?? defaultLinkId }
  const blocks: RichTextBlockNode[] = []
  tree.children.forEach((node, i) => {
    const path = `root.children[${i}]`
    if (node.type === 'paragraph') {
      blocks.push(paragraph(inline(node.children, 0, path, context, false)))
    } else if (node.type === 'list') {
      const next = list(node, path, 0, context)
      const previous = blocks[blocks.length - 1]
      // Lexical's list transform merges a list into the one before it when both are of one kind.
      if (previous?.type === 'list' && previous.listType === next.listType) {
        blocks[blocks.length - 1] = listNode(previous.listType, previous.start, [...previous.children, ...next.children])
      } else {
        blocks.push(next)
      }
    } else {
      throw unsupportedMdastNode(node.type, path)
    }
  })
  if (blocks.length === 0) blocks.push(paragraph([]))
  return { root: { children: blocks, direction: null, format: '', indent: 0, type: 'root', version: 1 } }
}

function paragraph(children: RichTextInlineNode[]): RichTextParagraphNode {
  // exportJSON takes the first text child's format; without one, the reconciler's (first text inside).
  const direct = children.find(isText)
  return {
    children,
    direction: null,
    format: '',
    indent: 0,
    type: 'paragraph',
    version: 1,
    textFormat: direct ? direct.format : (firstTextFormat(children) ?? 0),
    textStyle: '',
  }
}

/** Phrasing flattened to Lexical's inline nodes, `format` holding the marks around it. */
function inline(nodes: readonly PhrasingContent[], format: number, path: string, context: Context, inLink: boolean): RichTextInlineNode[] {
  const out: RichTextInlineNode[] = []
  nodes.forEach((node, i) => {
    const at = `${path}.children[${i}]`
    switch (node.type) {
      case 'text':
        out.push(text(node.value, format))
        break
      case 'inlineCode':
        out.push(text(node.value, format | TextFormat.code))
        break
      case 'strong':
        out.push(...inline(node.children, format | TextFormat.bold, at, context, inLink))
        break
      case 'emphasis':
        out.push(...inline(node.children, format | TextFormat.italic, at, context, inLink))
        break
      case 'break':
        out.push({ type: 'linebreak', version: 1 } satisfies SerializedLineBreakNode)
        break
      case 'link': {
        if (inLink) throw unsupportedRichText('A link cannot contain another link; remove the inner link.', at, 'link')
        const children = inline(node.children, format, at, context, true)
        // Lexical removes a link without text (LinkNode cannot be empty).
        if (children.length > 0) out.push(link(node.url, children, context))
        break
      }
      default:
        throw unsupportedMdastNode(node.type, at)
    }
  })
  return mergeText(out)
}

function text(value: string, format: number): SerializedTextNode {
  return { detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 }
}

function link(url: string, children: RichTextInlineNode[], context: Context): RichTextLinkNode {
  context.links += 1
  return {
    ...element('link', children, 1),
    version: 3,
    // As Payload's link drawer saves a custom link: its form data less the text.
    fields: { linkType: 'custom', url, newTab: false },
    id: context.linkId(context.links),
  }
}

/** Lexical merges neighbouring text nodes of one format and drops empty ones. */
function mergeText(nodes: RichTextInlineNode[]): RichTextInlineNode[] {
  const out: RichTextInlineNode[] = []
  for (const node of nodes) {
    if (node.type === 'text' && node.text === '') continue
    const last = out[out.length - 1]
    if (node.type === 'text' && last?.type === 'text' && last.format === node.format) {
      out[out.length - 1] = { ...last, text: last.text + node.text }
    } else {
      out.push(node)
    }
  }
  return out
}

function list(node: List, path: string, depth: number, context: Context): RichTextListNode {
  const items: RichTextListItemNode[] = []
  node.children.forEach((item, i) => {
    const itemPath = `${path}.children[${i}]`
    if (item.type !== 'listItem') throw unsupportedMdastNode((item as { type: string }).type, itemPath)
    if (typeof item.checked === 'boolean') {
      throw unsupportedRichText('Checklists are not allowed in this field; use a bullet list instead.', itemPath, 'listItem')
    }
    const [first, ...rest] = item.children
    const hasText = first?.type === 'paragraph'
    // Lexical list items hold inline nodes, so the item's paragraph dissolves into it. An item
    // without one is an empty item, which is how Lexical shows a nested list with no text above it.
    items.push(listItem(hasText ? inline(first.children, 0, `${itemPath}.children[0]`, context, false) : [], depth))
    ;(hasText ? rest : item.children).forEach((child, j) => {
      const childPath = `${itemPath}.children[${hasText ? j + 1 : j}]`
      if (child.type === 'list') {
        // A nested list gets an item of its own, right after the item it belongs to.
        items.push(listItem([list(child, childPath, depth + 1, context)], depth))
      } else if (child.type === 'paragraph') {
        throw unsupportedRichText('A list item can hold one paragraph only; join the paragraphs with a line break, or make them separate items.', childPath, child.type)
      } else {
        throw unsupportedMdastNode(child.type, childPath)
      }
    })
  })
  return node.ordered ? listNode('number', node.start ?? 1, items) : listNode('bullet', 1, items)
}

function listNode(listType: 'bullet' | 'number', start: number, items: RichTextListItemNode[]): RichTextListNode {
  // Items are numbered from the start; an item holding a nested list takes the next number without using it up.
  let value = start
  const children = items.map((item) => {
    const numbered = { ...item, value }
    if (item.children[0]?.type !== 'list') value++
    return numbered
  })
  return { ...element('list', children, 1), listType, start, tag: listType === 'number' ? 'ol' : 'ul' }
}

function listItem(children: RichTextListItemChild[], depth: number): RichTextListItemNode {
  // `value` is set by listNode, once the item's place in its list is known.
  return { ...element('listitem', children, 1), indent: depth, value: 0 }
}

/**
 * The keys every element writes, in exportJSON's order. `textFormat` is written
 * only for an element with no text child of its own whose first text (further
 * down) is formatted: the browser's reconciler copies that format up.
 */
function element<T extends string, C extends RichTextListItemChild | RichTextListItemNode>(type: T, children: C[], version: number) {
  const inherited = children.some(isText) ? undefined : firstTextFormat(children)
  return {
    children,
    direction: null,
    format: '' as const,
    indent: 0,
    type,
    version,
    ...(inherited ? { textFormat: inherited } : {}),
  }
}

type AnyNode = { type: string; format?: unknown; children?: readonly AnyNode[] }

function isText(node: AnyNode): node is SerializedTextNode {
  return node.type === 'text' || node.type === 'tab'
}

function firstTextFormat(nodes: readonly AnyNode[]): number | undefined {
  for (const node of nodes) {
    if (isText(node)) return node.format
    const inner = node.children ? firstTextFormat(node.children) : undefined
    if (inner !== undefined) return inner
  }
  return undefined
}
