import { StyleSheet, Text } from '@react-pdf/renderer'
import { colors, fontSizes, lineHeights, space, weights } from './theme.js'
import { sectionBookmark } from './react-pdf-bookmarks.js'
import { tag } from './structure-tags.js'

const styles = StyleSheet.create({
  h2: {
    fontSize: fontSizes.h2,
    lineHeight: lineHeights.heading,
    fontWeight: weights.bold,
    color: colors.heading,
    marginTop: space.sectionTop,
    marginBottom: space.headingBottom,
    paddingTop: space.ruleGap,
    borderTopWidth: 0.75,
    borderTopColor: colors.rule,
  },
  h3: {
    fontSize: fontSizes.h3,
    lineHeight: lineHeights.heading,
    fontWeight: weights.semibold,
    color: colors.heading,
    marginTop: space.subsectionTop,
    marginBottom: space.headingBottom,
  },
})

export interface SectionHeadingProps {
  depth: 2 | 3
  children: string
  /** Room that must follow the heading on its page; see `keepWithNext`. */
  keepWithNext: number
  /** The `ref` of the bookmark its outline entry goes under (the book's entry); top level without one. */
  outlineParent?: string
}

/**
 * A section heading, and an entry of the outline. `minPresenceAhead` keeps it on the page of what follows
 * it, so a heading never ends a page alone. `wrap={false}` because react-pdf
 * "splits" a text that crosses the page end by a point or two (its padding,
 * say) by leaving all of it on the page, and then ignores `minPresenceAhead`.
 */
export function SectionHeading({ depth, children, keepWithNext: presence, outlineParent }: SectionHeadingProps) {
  return (
    <Text style={depth === 2 ? styles.h2 : styles.h3} minPresenceAhead={presence} wrap={false} bookmark={sectionBookmark(children, outlineParent)} tag={tag(depth === 2 ? 'H2' : 'H3')}>
      {children}
    </Text>
  )
}
