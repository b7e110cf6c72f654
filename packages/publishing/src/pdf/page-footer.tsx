import { Link, StyleSheet, Text, View } from '@react-pdf/renderer'
import { colors, fontSizes, lineHeights, space } from './theme.js'

const styles = StyleSheet.create({
  footer: {
    position: 'absolute',
    left: space.pageSide,
    right: space.pageSide,
    bottom: space.footerBottom,
    flexDirection: 'row',
    alignItems: 'flex-end',
    paddingTop: 6,
    borderTopWidth: 0.5,
    borderTopColor: colors.rule,
  },
  about: {
    flex: 1,
  },
  line: {
    fontSize: fontSizes.footer,
    lineHeight: lineHeights.footer,
    color: colors.muted,
  },
  url: {
    color: colors.muted,
    textDecoration: 'none',
  },
  // No lineHeight: react-pdf drops a render-prop text that has one.
  pageNumber: {
    width: 80,
    textAlign: 'right',
    fontSize: fontSizes.footer,
    color: colors.muted,
  },
})

export interface PageFooterProps {
  /** The site's handout footer text. */
  note: string
  /** The public address of the entry. */
  url: string
}

/**
 * Repeated on every page (`fixed`): the footer text and the entry's address on
 * the left, "Page N of M" on the right. Absolutely placed, but last in the
 * page, so text extraction still reads it after the body.
 */
export function PageFooter({ note, url }: PageFooterProps) {
  return (
    <View style={styles.footer} fixed>
      <View style={styles.about}>
        {note ? <Text style={styles.line}>{note}</Text> : null}
        <Text style={styles.line}>
          <Link src={url} style={styles.url}>
            {url}
          </Link>
        </Text>
      </View>
      <Text
        style={styles.pageNumber}
        render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`}
      />
    </View>
  )
}
