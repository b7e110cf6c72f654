/**
 * The JSON that Payload's Lexical editor (@payloadcms/richtext-lexical 3.90,
 * lexical 0.50) stores, limited to what this package reads and writes. Written
 * out here, not imported, so the model side never depends on Payload or Lexical.
 * Shapes follow each node's `exportJSON()`; keys are in the order Lexical writes
 * them, so `JSON.stringify` of a converted state matches a saved one byte for byte.
 */

/** Every serialized node: Lexical's own base type. */
export type SerializedLexicalNode = {
  type: string
  version: number
}

/** Text alignment of a block. '' is the default (start). */
export type ElementFormat = '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'

/** Text format bits of a text node, as in lexical's `LexicalConstants`. */
export const TextFormat = {
  bold: 1,
  italic: 1 << 1,
  strikethrough: 1 << 2,
  underline: 1 << 3,
  code: 1 << 4,
  subscript: 1 << 5,
  superscript: 1 << 6,
  highlight: 1 << 7,
  lowercase: 1 << 8,
  uppercase: 1 << 9,
  capitalize: 1 << 10,
} as const

export type SerializedElementNode<T extends SerializedLexicalNode = SerializedLexicalNode> = SerializedLexicalNode & {
  children: T[]
  /** null unless pasted HTML said otherwise: lexical 0.50 leaves direction to the browser (`dir="auto"`). */
  direction: 'ltr' | 'rtl' | null
  format: ElementFormat
  indent: number
  /**
   * The format of the element's first text, kept so the caret types in it.
   * Written only when the element has no text child of its own and the format
   * is not 0 (paragraphs always write it).
   */
  textFormat?: number
  textStyle?: string
}

/** The root: typed as loosely as Lexical and Payload's generated types do, so either can be passed in. */
export type SerializedRootNode<T extends SerializedLexicalNode = SerializedLexicalNode> = SerializedElementNode<T> & {
  type: string
}

export type SerializedEditorState<T extends SerializedLexicalNode = SerializedLexicalNode> = {
  root: SerializedRootNode<T>
}

export type SerializedParagraphNode<T extends SerializedLexicalNode = SerializedLexicalNode> = SerializedElementNode<T> & {
  type: 'paragraph'
  textFormat: number
  textStyle: string
}

export type SerializedTextNode = SerializedLexicalNode & {
  /** 1: directionless, 2: unmergeable. */
  detail: number
  /** Bitmask of {@link TextFormat}. */
  format: number
  mode: 'normal' | 'token' | 'segmented'
  /** Inline CSS, from pasted HTML. */
  style: string
  text: string
  type: 'text'
}

/** A tab character: a text node of its own, so the editor can indent with it. */
export type SerializedTabNode = Omit<SerializedTextNode, 'type'> & {
  type: 'tab'
}

export type SerializedLineBreakNode = SerializedLexicalNode & {
  type: 'linebreak'
}

/** Payload's link fields: the link drawer's form data, less the text. */
export type LinkFields = {
  linkType: 'custom' | 'internal'
  url?: string
  /** Absent on autolinks. */
  newTab?: boolean
  /** Only on internal links. */
  doc?: { relationTo: string; value: string | number | { id: string | number; [key: string]: unknown } } | null
  [field: string]: unknown
}

/** Payload's link node (not @lexical/link's: Payload keeps its data in `fields`). */
export type SerializedLinkNode<T extends SerializedLexicalNode = SerializedLexicalNode> = SerializedElementNode<T> & {
  type: 'link'
  fields: LinkFields
  /** An ObjectID Payload uses to run the link fields' hooks; optional in Payload's own type. */
  id?: string
}

/** A URL typed into text, linked by Payload's AutoLinkPlugin: `fields` has `linkType` and `url` only. */
export type SerializedAutoLinkNode<T extends SerializedLexicalNode = SerializedLexicalNode> = SerializedElementNode<T> & {
  type: 'autolink'
  fields: LinkFields
}

export type SerializedListNode<T extends SerializedLexicalNode = SerializedLexicalNode> = SerializedElementNode<T> & {
  type: 'list'
  listType: 'bullet' | 'number' | 'check'
  start: number
  tag: 'ul' | 'ol'
}

/**
 * One item. Its children are inline nodes (no paragraph). A nested list sits
 * alone in an item of its own right after the item it belongs to.
 */
export type SerializedListItemNode<T extends SerializedLexicalNode = SerializedLexicalNode> = SerializedElementNode<T> & {
  type: 'listitem'
  /** The item's number (start + index, nested-list items not counted); bullets are numbered too. */
  value: number
  /** Only in checklists. */
  checked?: boolean
}

export type RichTextInlineNode = SerializedTextNode | SerializedTabNode | SerializedLineBreakNode | RichTextLinkNode

// Children are given as object properties (not as type arguments) so the types may refer to themselves.
export type RichTextLinkNode = Omit<SerializedLinkNode, 'children' | 'fields'> & {
  children: RichTextInlineNode[]
  /** A custom link, as the link drawer saves one: its form data less the text. */
  fields: { linkType: 'custom'; url: string; newTab: boolean }
}

/** A list item holds inline nodes, or one nested list. */
export type RichTextListItemChild = RichTextInlineNode | RichTextListNode

export type RichTextListItemNode = Omit<SerializedListItemNode, 'children'> & { children: RichTextListItemChild[] }

/** A bullet or numbered list: checklists are not rich text. */
export type RichTextListNode = Omit<SerializedListNode, 'children' | 'listType'> & {
  children: RichTextListItemNode[]
  listType: 'bullet' | 'number'
}

export type RichTextParagraphNode = SerializedParagraphNode<RichTextInlineNode>

export type RichTextBlockNode = RichTextParagraphNode | RichTextListNode

/** Every node `mdastToLexical` writes. */
export type RichTextLexicalNode = RichTextBlockNode | RichTextListItemNode | RichTextInlineNode

/** What `mdastToLexical` returns: the root holds paragraphs and lists only. */
export type RichTextEditorState = SerializedEditorState<RichTextBlockNode> & {
  root: SerializedRootNode<RichTextBlockNode> & { type: 'root' }
}
