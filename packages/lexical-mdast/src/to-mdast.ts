import { excerpt, normalizeRichText, type VFileMessage } from '@careers/career-path'
import type { BlockContent, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast'
import { unsupportedRichText, unsupportedLexicalNode } from './errors.js'
import { allowedFormat, mergeRuns, runsToPhrasing, type Run } from './format.js'
import {
  TextFormat,
  type SerializedEditorState,
  type SerializedElementNode,
  type SerializedLexicalNode,
  type SerializedLinkNode,
  type SerializedListItemNode,
  type SerializedListNode,
  type SerializedTextNode,
} from './types.js'

/**
 * Rich text in the model's normal form from a Lexical editor state. Throws
 * a `vfile-message` (rule `unsupported-rich-text`, {@link unsupportedRichText}) at the first node or format the model cannot
 * hold. Ignored, because the model has no place for them and an editor does not
 * choose them: direction, inline CSS from pasted HTML, the caret's remembered
 * format (`textFormat`, `textStyle`), list item numbers, link and node ids.
 */
export function lexicalToMdast(state: SerializedEditorState | null | undefined): Root {
  const root = state?.root
  if (!root) return { type: 'root', children: [] }
  if (!Array.isArray(root.children)) {
    throw unsupportedRichText('This field does not hold Lexical rich text.', 'root', String(root.type))
  }
  const children = root.children.map((node, i) => block(node, `root.children[${i}]`))
  return trimParagraphs(normalizeRichText({ type: 'root', children: children as RootContent[] }))
}

type Element = SerializedElementNode & { [key: string]: unknown }

function block(node: SerializedLexicalNode, path: string): BlockContent {
  switch (node.type) {
    case 'paragraph': {
      const paragraph = node as Element
      checkLayout(paragraph, path)
      if (paragraph.indent > 0) {
        throw unsupportedRichText('Indented paragraphs are not allowed in this field; remove the indent (Shift+Tab), or use a list.', path, node.type)
      }
      return { type: 'paragraph', children: runsToPhrasing(inlineRuns(paragraph.children, path)) }
    }
    case 'list':
      return list(node as SerializedListNode, path)
    default:
      throw unsupportedLexicalNode(node.type, path)
  }
}

function list(node: SerializedListNode, path: string): List {
  if (node.listType === 'check') {
    throw unsupportedRichText('Checklists are not allowed in this field; use a bullet list instead.', path, node.type)
  }
  if (node.listType !== 'bullet' && node.listType !== 'number') throw unsupportedLexicalNode(node.type, path)
  checkLayout(node, path)
  const items: ListItem[] = []
  node.children.forEach((child, i) => {
    const itemPath = `${path}.children[${i}]`
    if (child.type !== 'listitem') throw unsupportedLexicalNode(child.type, itemPath)
    const item = child as SerializedListItemNode
    checkLayout(item, itemPath)
    const content = listItemContent(item, itemPath)
    // Lexical keeps a nested list in an item of its own after the item it belongs to.
    const previous = items[items.length - 1]
    if (item.children[0]?.type === 'list' && previous) previous.children.push(...content)
    else items.push({ type: 'listItem', spread: false, children: content })
  })
  return node.listType === 'number'
    ? { type: 'list', ordered: true, start: typeof node.start === 'number' ? node.start : 1, spread: false, children: items }
    : { type: 'list', ordered: false, spread: false, children: items }
}

/** An item's inline nodes become its paragraph; a nested list stays a list. */
function listItemContent(item: SerializedListItemNode, path: string): BlockContent[] {
  const out: BlockContent[] = []
  let inline: { node: SerializedLexicalNode; path: string }[] = []
  const flush = () => {
    if (inline.length === 0) return
    out.push({ type: 'paragraph', children: runsToPhrasing(mergeRuns(inline.flatMap((c) => runsOf(c.node, c.path)))) })
    inline = []
  }
  item.children.forEach((child, i) => {
    const childPath = `${path}.children[${i}]`
    if (isInline(child)) {
      inline.push({ node: child, path: childPath })
      return
    }
    flush()
    out.push(child.type === 'list' ? list(child as SerializedListNode, childPath) : block(child, childPath))
  })
  flush()
  return out
}

const inlineTypes = new Set(['text', 'tab', 'linebreak', 'link', 'autolink'])

function isInline(node: SerializedLexicalNode): boolean {
  return inlineTypes.has(node.type)
}

function inlineRuns(children: readonly SerializedLexicalNode[], parentPath: string): Run[] {
  return mergeRuns(children.flatMap((child, i) => runsOf(child, `${parentPath}.children[${i}]`)))
}

function runsOf(node: SerializedLexicalNode, path: string): Run[] {
  switch (node.type) {
    case 'text':
    case 'tab': {
      const text = node as SerializedTextNode
      const format = typeof text.format === 'number' ? text.format : 0
      if (format & ~allowedFormat) throw formatError(text, format & ~allowedFormat, path)
      return [{ kind: 'text', value: typeof text.text === 'string' ? text.text : '\t', format }]
    }
    case 'linebreak':
      return [{ kind: 'break' }]
    case 'link':
    case 'autolink': {
      const link = node as SerializedLinkNode
      const url = linkUrl(link, path)
      const runs = inlineRuns(link.children, path)
      // Lexical removes a link left without text; one in stored JSON is invisible to the editor too.
      return runs.length === 0 ? [] : [{ kind: 'link', url, runs }]
    }
    default:
      throw unsupportedLexicalNode(node.type, path)
  }
}

function linkUrl(link: SerializedLinkNode, path: string): string {
  const fields = link.fields ?? {}
  if (fields.linkType === 'internal') {
    throw unsupportedRichText("Links to other documents are not allowed in this field; link to the page's full web address (https://…) instead.", path, link.type)
  }
  if (fields.newTab === true) {
    throw unsupportedRichText('Links in this field cannot open in a new tab; edit the link and untick "Open in new tab".', path, link.type)
  }
  if (typeof fields.url !== 'string' || fields.url === '') {
    throw unsupportedRichText('A link has no web address; edit the link and enter one, or remove the link.', path, link.type)
  }
  // Safe protocols are validation's concern (validateRichText names the bad URL); conversion keeps what the editor wrote.
  return fields.url
}

/**
 * Alignment is refused although it is only layout: the editor sees centred
 * text, so dropping it would publish something other than what they see.
 * 'left' and 'start' are the default look and come in with pasted text.
 */
function checkLayout(node: Element | SerializedElementNode, path: string): void {
  const format = node.format ?? ''
  if (format === '' || format === 'left' || format === 'start') return
  const name = alignmentNames[format] ?? `Text aligned "${format}"`
  throw unsupportedRichText(`${name} is not allowed in this field; align it left again, or paste the text as plain text (Ctrl+Shift+V).`, path, node.type)
}

const alignmentNames: Record<string, string> = {
  center: 'Centred text',
  right: 'Right-aligned text',
  end: 'Right-aligned text',
  justify: 'Justified text',
}

const formatNames: [bit: number, name: string, what: string][] = [
  [TextFormat.underline, 'Underlined text', 'the underline'],
  [TextFormat.strikethrough, 'Strikethrough', 'the strikethrough'],
  [TextFormat.subscript, 'Subscript', 'the subscript'],
  [TextFormat.superscript, 'Superscript', 'the superscript'],
  [TextFormat.highlight, 'Highlighted text', 'the highlight'],
  [TextFormat.lowercase | TextFormat.uppercase | TextFormat.capitalize, 'Changed letter case', 'the case formatting'],
]

function formatError(text: SerializedTextNode, bits: number, path: string): VFileMessage {
  const [, name, what] = formatNames.find(([bit]) => bits & bit) ?? [0, 'Formatting other than bold, italic and code', 'it']
  const quoted = typeof text.text === 'string' && text.text.trim() !== '' ? ` ("${excerpt(text.text.trim(), 40)}")` : ''
  return unsupportedRichText(`${name} is not allowed in this field${quoted}; select the text and remove ${what}.`, path, text.type)
}

/**
 * Editors leave empty paragraphs (a trailing Enter) and line breaks at the end
 * of a paragraph (a trailing Shift+Enter). Neither shows once published, and
 * Markdown cannot hold the second (`a\\` at a paragraph's end is a backslash),
 * so both go.
 */
function trimParagraphs(root: Root): Root {
  const trim = <T extends Nodes>(children: T[]): T[] =>
    children.flatMap((c): T[] => {
      if (c.type === 'paragraph') {
        const kept = [...(c as Paragraph).children]
        while (kept[kept.length - 1]?.type === 'break') kept.pop()
        return kept.length === 0 ? [] : [{ ...c, children: kept }]
      }
      return [c.type === 'list' || c.type === 'listItem' ? ({ ...c, children: trim(c.children as Nodes[]) } as T) : c]
    })
  return { type: 'root', children: trim(root.children) }
}
