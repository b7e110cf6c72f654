import { pageSize } from './theme.js'

// react-pdf reads `bookmark` on any element (its layout builds the outline
// from the whole tree), but its types declare it on <Page> only.
declare module '@react-pdf/renderer' {
  interface NodeProps {
    bookmark?: string | Bookmark
  }
}

/**
 * react-pdf's bookmark. Its layout gives each one a `ref` and the `parent`
 * of the nearest bookmarked element around it, then spreads ours over them:
 * an explicit `ref` and `parent` nest an outline without nesting the
 * elements in views (whose bookmarks would lead to the wrong height).
 */
export interface Bookmark {
  title: string
  left?: number
  top?: number
  fit?: boolean
  expanded?: boolean
  /** The name a child bookmark's `parent` refers to; keep it apart from react-pdf's own, which are numbers. */
  ref?: string
  parent?: string
}

/**
 * The `bookmark` of an element that starts a section. Two react-pdf quirks
 * shape it: the destination's left edge is written as the page width minus
 * `left` (so the full width puts it at the page's left edge, not 54 pt from
 * its right), and the top is taken from the element's box relative to its
 * parent, so only elements placed straight on the page get the right one.
 */
export function sectionBookmark(title: string, parent?: string): Bookmark {
  return { title, left: pageSize.width, ...(parent ? { parent } : {}) }
}
