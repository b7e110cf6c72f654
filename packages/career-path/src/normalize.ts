import type { Nodes, Parents, PhrasingContent, Root } from 'mdast'

/**
 * The one normal form of rich text: no positions or data, adjacent text merged,
 * empty text dropped, lists tight with `start` only on numbered lists, links
 * without titles. Parsers and converters end with it, so two sources of the same
 * content compare equal.
 */
export function normalizeRichText(tree: Root): Root {
  return { type: 'root', children: normalizeChildren(tree.children) as Root['children'] }
}

function normalizeChildren(children: readonly Nodes[]): Nodes[] {
  const out: Nodes[] = []
  for (const child of children) {
    const node = normalizeNode(child)
    if (!node) continue
    const last = out[out.length - 1]
    if (node.type === 'text' && last?.type === 'text') {
      last.value += node.value
    } else {
      out.push(node)
    }
  }
  return out
}

function normalizeNode(node: Nodes): Nodes | undefined {
  switch (node.type) {
    case 'text':
      return node.value === '' ? undefined : { type: 'text', value: node.value }
    case 'inlineCode':
      return { type: 'inlineCode', value: node.value }
    case 'break':
      return { type: 'break' }
    case 'link':
      return { type: 'link', url: node.url, children: phrasing(node) }
    case 'strong':
    case 'emphasis':
    case 'paragraph':
      return { type: node.type, children: phrasing(node) } as Nodes
    case 'list':
      return node.ordered
        ? { type: 'list', ordered: true, start: node.start ?? 1, spread: false, children: children(node) as never }
        : { type: 'list', ordered: false, spread: false, children: children(node) as never }
    case 'listItem':
      return { type: 'listItem', spread: false, children: children(node) as never }
    default: {
      // Not rich text: kept (without its position) so validation can name it.
      const { position: _position, ...rest } = node
      return ('children' in node ? { ...rest, children: children(node) } : rest) as Nodes
    }
  }
}

function phrasing(node: Parents): PhrasingContent[] {
  return normalizeChildren(node.children as Nodes[]) as PhrasingContent[]
}

function children(node: Parents): Nodes[] {
  return normalizeChildren(node.children as Nodes[])
}
