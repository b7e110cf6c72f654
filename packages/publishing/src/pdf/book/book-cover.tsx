import { Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import { tag } from '../structure-tags.js'
import { colors, fontSizes, fonts, lineHeights, pageSize, space, weights } from '../theme.js'
import { bookLabels } from './book-labels.js'

const styles = StyleSheet.create({
  page: {
    fontFamily: fonts.body,
    color: colors.text,
    paddingHorizontal: space.pageSide,
    justifyContent: 'center',
  },
  box: {
    borderLeftWidth: 3,
    borderLeftColor: colors.accent,
    paddingLeft: 18,
  },
  site: {
    fontSize: fontSizes.h3,
    lineHeight: lineHeights.heading,
    fontWeight: weights.semibold,
    color: colors.accent,
    textTransform: 'uppercase',
  },
  title: {
    marginTop: 8,
    fontSize: 36,
    lineHeight: lineHeights.title,
    fontWeight: weights.bold,
    color: colors.heading,
  },
  line: {
    marginTop: 10,
    fontSize: fontSizes.h3,
    lineHeight: lineHeights.body,
    color: colors.muted,
  },
})

export interface BookCoverProps {
  siteName: string
  date: string
  count: number
  /** The book's words in its language; English by default. */
  labels?: typeof bookLabels
}

/** The first page: the site's name, the book's title, its date and how many career paths it holds. */
export function BookCover({ siteName, date, count, labels = bookLabels }: BookCoverProps) {
  return (
    <Page size={pageSize.name} style={styles.page}>
      <View style={styles.box}>
        <Text style={styles.site} tag={tag('P')}>
          {siteName}
        </Text>
        <Text style={styles.title} tag={tag('H1')}>
          {labels.title}
        </Text>
        <Text style={styles.line} tag={tag('P')}>
          {date} · {labels.entries(count)}
        </Text>
      </View>
    </Page>
  )
}
