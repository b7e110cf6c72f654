import type { ReactNode } from 'react'
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import { tag } from './structure-tags.js'
import { colors, fontSizes, keepWithNext, lineHeights, shortItemBody, space, weights } from './theme.js'

const styles = StyleSheet.create({
  heading: {
    fontSize: fontSizes.item,
    lineHeight: lineHeights.heading,
    fontWeight: weights.semibold,
    color: colors.heading,
    marginBottom: space.itemHeadingBottom,
  },
  gap: {
    marginTop: space.entryGap,
  },
})

export interface ItemProps {
  /** The bold lead: a specialization's name, a question. */
  heading: string
  /** The first item sits right under the section heading; later ones get space above. */
  first: boolean
  /** Characters in the body, to tell a short one. */
  bodyLength: number
  children: ReactNode
}

/**
 * An item of a section: a bold heading over its body. A short body goes
 * where its heading goes, as one unbreakable block, which wastes no more
 * room than it needs; past a few lines the body may break across pages and
 * the heading only asks for room for the first lines (`minPresenceAhead`).
 * Either way the heading never ends a page alone.
 */
export function Item({ heading, first, bodyLength, children }: ItemProps) {
  const style = first ? styles.heading : [styles.heading, styles.gap]
  if (bodyLength <= shortItemBody) {
    return (
      <View wrap={false}>
        <Text style={style} tag={tag('H3')}>
          {heading}
        </Text>
        {children}
      </View>
    )
  }
  return (
    <>
      <Text style={style} minPresenceAhead={keepWithNext.text} wrap={false} tag={tag('H3')}>
        {heading}
      </Text>
      {children}
    </>
  )
}
