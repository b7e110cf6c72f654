import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { Bookmark } from './react-pdf-bookmarks.js'
import { tag } from './structure-tags.js'
import { colors, fontSizes, lineHeights, space, weights } from './theme.js'

const styles = StyleSheet.create({
  header: {
    marginBottom: space.titleBottom,
  },
  kicker: {
    fontSize: fontSizes.small,
    lineHeight: lineHeights.heading,
    fontWeight: weights.semibold,
    color: colors.accent,
    textTransform: 'uppercase',
    marginBottom: 4,
  },
  title: {
    fontSize: fontSizes.title,
    lineHeight: lineHeights.title,
    fontWeight: weights.bold,
    color: colors.heading,
  },
})

export interface HandoutHeaderProps {
  siteName: string
  title: string
  /** The book's entry: its outline entry, and the named destination its table of contents links to. */
  bookmark?: Bookmark
  anchor?: string
}

/** The top of the first page: the site's name, then the page title. */
export function HandoutHeader({ siteName, title, bookmark, anchor }: HandoutHeaderProps) {
  return (
    <View style={styles.header} {...(bookmark ? { bookmark } : {})} {...(anchor ? { id: anchor } : {})}>
      <Text style={styles.kicker} tag={tag('P')}>
        {siteName}
      </Text>
      <Text style={styles.title} tag={tag('H1')}>
        {title}
      </Text>
    </View>
  )
}
