import { StyleSheet, Text } from '@react-pdf/renderer'
import type { Specialization } from '@careers/career-path'
import { Item } from './item.js'
import { fontSizes, lineHeights } from './theme.js'

const styles = StyleSheet.create({
  description: {
    fontSize: fontSizes.body,
    lineHeight: lineHeights.body,
  },
})

/** Each specialization as its name in bold over its description. */
export function SpecializationList({ specializations }: { specializations: Specialization[] }) {
  return specializations.map(({ name, description }, index) => (
    <Item key={index} heading={name} first={index === 0} bodyLength={description.length}>
      <Text style={styles.description}>{description}</Text>
    </Item>
  ))
}
