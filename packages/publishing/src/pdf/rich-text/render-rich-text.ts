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

/**
 * Throws, as `renderRichText` would, if the tree holds a node it cannot render
 * (same handler map). Run before rendering: an error thrown inside React's
 * render reaches the caller only through the error boundary, and React dumps
 * it to the console on the way; checked first, it is just the error.
 */
export function assertRenderable(tree: Root): void {
  const visit = (node: Nodes): void => {
    handlerFor(node.type)
    if ('children' in node) node.children.forEach(visit)
  }
  tree.children.forEach(visit)
}
