import { Fragment } from 'react'
import { StyleSheet, Text } from '@react-pdf/renderer'
import type { Specialization } from '@careers/career-path'
import { colors, fontSizes, keepWithNext, lineHeights, space, weights } from './theme.js'

const styles = StyleSheet.create({
  name: {
    fontSize: fontSizes.body + 0.5,
    lineHeight: lineHeights.heading,
    fontWeight: weights.semibold,
    color: colors.heading,
    marginTop: space.entryGap - space.paragraph,
    marginBottom: 1.5,
  },
  description: {
    fontSize: fontSizes.body,
    lineHeight: lineHeights.body,
    marginBottom: space.paragraph,
  },
})

/**
 * Each specialization as its name in bold over its description. A fragment,
 * not a view: the texts stay siblings of the section heading, so keeping a
 * name with its description works across page breaks.
 */
export function SpecializationList({ specializations }: { specializations: Specialization[] }) {
  return specializations.map(({ name, description }, index) => (
    <Fragment key={index}>
      <Text style={styles.name} minPresenceAhead={keepWithNext.item}>
        {name}
      </Text>
      <Text style={styles.description}>{description}</Text>
    </Fragment>
  ))
}
