import type { Break, Emphasis, InlineCode, Link, List, ListItem, Paragraph, Root, Strong, Text } from 'mdast'

/**
 * Rich text is an mdast `Root` limited to what an editor can type in the CMS:
 * paragraphs and (nested) bullet or numbered lists, holding text, bold, italic,
 * inline code, links and line breaks. `validateRichText` enforces the limit.
 */
export type RichText = Root
export type RichTextBlock = Paragraph | List
export type RichTextInline = Text | Strong | Emphasis | InlineCode | Link | Break
export type { Break, Emphasis, InlineCode, Link, List, ListItem, Paragraph, Strong, Text }

/** The protocols a link may use; anything else is refused, not rewritten. */
export const safeLinkProtocols = ['http:', 'https:', 'mailto:'] as const

/** True for absolute http, https and mailto URLs. */
export function isSafeUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (safeLinkProtocols as readonly string[]).includes(parsed.protocol)
}

/** Rich text made of plain paragraphs, one per string. */
export function paragraphs(...texts: string[]): RichText {
  return {
    type: 'root',
    children: texts.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  }
}

/** True when the rich text holds no visible text. */
export function isEmptyRichText(tree: RichText | undefined): boolean {
  if (!tree) return true
  return !tree.children.some(function hasText(node: unknown): boolean {
    const n = node as { type: string; value?: string; children?: unknown[] }
    if (typeof n.value === 'string') return n.value.trim() !== ''
    if (n.type === 'break') return false
    return (n.children ?? []).some(hasText)
  })
}
