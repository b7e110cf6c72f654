/**
 * Names the book gives each entry: the named destination its table of
 * contents links to, and the `ref` of its bookmark, which its sections'
 * bookmarks name as their parent. Distinct from react-pdf's numeric refs.
 */
export function entryAnchor(slug: string): string {
  return `entry-${slug}`
}
