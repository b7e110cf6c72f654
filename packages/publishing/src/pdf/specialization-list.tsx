import { Fragment } from 'react'
import { StyleSheet, Text } from '@react-pdf/renderer'
import type { Specialization } from '@careers/career-path'
import { ItemHeading } from './item-heading.js'
import { fontSizes, lineHeights } from './theme.js'

const styles = StyleSheet.create({
  description: {
    fontSize: fontSizes.body,
    lineHeight: lineHeights.body,
  },
})

/**
 * Each specialization as its name in bold over its description. Fragments,
 * not views: the texts stay siblings of the section heading, the way react-pdf's
 * `minPresenceAhead` needs them to keep a name with its description.
 */
export function SpecializationList({ specializations }: { specializations: Specialization[] }) {
  return specializations.map(({ name, description }, index) => (
    <Fragment key={index}>
      <ItemHeading first={index === 0}>{name}</ItemHeading>
      <Text style={styles.description}>{description}</Text>
    </Fragment>
  ))
}
