import type { ReactNode } from 'react'
import type { Break, Emphasis, InlineCode, Link, List, ListItem, Paragraph, Parents, Strong, Text } from 'mdast'

/** The mdast nodes rich text is made of (see `RichText` in `@careers/career-path`). */
export type RichTextNode = Paragraph | List | ListItem | Text | Strong | Emphasis | InlineCode | Link | Break

/** What a handler needs to know about where its node sits. */
export interface RichTextState {
  /** Position of the node among its siblings: blocks after the first get space before them. */
  index: number
  /** Lists around the node: 0 outside any list. */
  listDepth: number
  /** The marker of the list item being rendered: "•" or "3.". */
  marker: string
  /** Width of the marker column, the hanging indent of the list being rendered. */
  markerWidth: number
  /** True for the last-but-one item of a list: it keeps the last item company on its page. */
  beforeLastItem: boolean
  /** Renders the children of a node, keyed and indexed; `state` may depend on the child's index. */
  all: (parent: Parents, state: RichTextState | ((index: number) => RichTextState)) => ReactNode[]
}

/** One handler per node type; TypeScript checks that the map covers every type. */
export type Handlers = {
  [Type in RichTextNode['type']]: (node: Extract<RichTextNode, { type: Type }>, state: RichTextState) => ReactNode
}
