import { cloneElement, isValidElement, type ReactNode } from 'react'
import type { Nodes, Parents, Root } from 'mdast'
import type { Handlers, RichTextState } from './rich-text-state.js'
import { blockHandlers } from './block-handlers.js'
import { inlineHandlers } from './inline-handlers.js'

/** Every node type rich text may hold, each with its handler. */
const handlers: Handlers = { ...blockHandlers, ...inlineHandlers }

function handlerFor(type: string) {
  const handler = Object.hasOwn(handlers, type) ? handlers[type as keyof Handlers] : undefined
  if (!handler) throw new Error(`Cannot handle unknown node \`${type}\``)
  return handler as (node: Nodes, state: RichTextState) => ReactNode
}

function one(node: Nodes, state: RichTextState): ReactNode {
  return handlerFor(node.type)(node, state)
}

function all(parent: Parents, state: RichTextState | ((index: number) => RichTextState)): ReactNode[] {
  const stateAt = typeof state === 'function' ? state : () => state
  return parent.children.map((child, index) => {
    const rendered = one(child, { ...stateAt(index), index })
    // Siblings in an array need keys; their index is stable, as the tree is rendered once.
    return isValidElement(rendered) ? cloneElement(rendered, { key: index }) : rendered
  })
}

const initialState: RichTextState = {
  index: 0,
  listDepth: 0,
  marker: '',
  markerWidth: 0,
  beforeLastItem: false,
  all,
}

/**
 * React-pdf elements for rich text (an mdast root): one `<Text>` per paragraph,
 * a `<View>` per list. Returns the blocks as siblings, so a heading's
 * `minPresenceAhead` sees them. Throws on a node type rich text cannot hold.
 */
export function renderRichText(tree: Root): ReactNode[] {
  return all(tree, initialState)
}
