import { StyleSheet, Text } from '@react-pdf/renderer'
import { colors, fontSizes, keepWithNext, lineHeights, space, weights } from './theme.js'

const styles = StyleSheet.create({
  heading: {
    fontSize: fontSizes.body + 0.5,
    lineHeight: lineHeights.heading,
    fontWeight: weights.semibold,
    color: colors.heading,
    marginBottom: 2,
  },
  gap: {
    marginTop: space.entryGap,
  },
})

export interface ItemHeadingProps {
  children: string
  /** The first item sits right under the section heading; later ones get space above. */
  first: boolean
}

/**
 * The bold lead of an item in a section: a specialization's name, a question.
 * Kept on the page of the text that follows it, like a section heading.
 */
export function ItemHeading({ children, first }: ItemHeadingProps) {
  return (
    <Text style={first ? styles.heading : [styles.heading, styles.gap]} minPresenceAhead={keepWithNext.text}>
      {children}
    </Text>
  )
}
