import { StyleSheet, Text, View } from '@react-pdf/renderer'
import { artifact } from '../structure-tags.js'
import { colors, fontSizes, lineHeights, space } from '../theme.js'

const styles = StyleSheet.create({
  header: {
    position: 'absolute',
    top: 24,
    left: space.pageSide,
    right: space.pageSide,
    flexDirection: 'row',
    justifyContent: 'space-between',
  },
  text: {
    fontSize: fontSizes.footer,
    lineHeight: lineHeights.footer,
    color: colors.muted,
  },
})

/**
 * At the top of every page of an entry (`fixed`), in the page's top margin
 * so it takes no room from the content: the entry's title, and the site's
 * name. An artifact: a reader already heard the title.
 */
export function RunningHeader({ title, siteName }: { title: string; siteName: string }) {
  return (
    <View style={styles.header} fixed tag={artifact('Pagination')}>
      <Text style={styles.text}>{title}</Text>
      <Text style={styles.text}>{siteName}</Text>
    </View>
  )
}
