import { StyleSheet, Text } from '@react-pdf/renderer'
import { colors, fontSizes, keepWithNext, lineHeights, space, weights } from './theme.js'

const styles = StyleSheet.create({
  h2: {
    fontSize: fontSizes.h2,
    lineHeight: lineHeights.heading,
    fontWeight: weights.bold,
    color: colors.heading,
    marginTop: space.sectionTop,
    marginBottom: space.headingBottom,
    paddingBottom: 3,
    borderBottomWidth: 0.75,
    borderBottomColor: colors.rule,
  },
  h3: {
    fontSize: fontSizes.h3,
    lineHeight: lineHeights.heading,
    fontWeight: weights.semibold,
    color: colors.heading,
    marginTop: space.subsectionTop,
    marginBottom: space.headingBottom - 2,
  },
})

export interface SectionHeadingProps {
  depth: 2 | 3
  children: string
  /** Adds an outline entry titled with the heading. */
  bookmark?: boolean
}

/**
 * A section heading. `minPresenceAhead` keeps it on the page of the text that
 * follows it, so a heading never ends a page alone.
 */
export function SectionHeading({ depth, children, bookmark = false }: SectionHeadingProps) {
  return (
    <Text
      style={depth === 2 ? styles.h2 : styles.h3}
      minPresenceAhead={depth === 2 ? keepWithNext.h2 : keepWithNext.h3}
      {...(bookmark ? { bookmark: children } : {})}
    >
      {children}
    </Text>
  )
}
