import { Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import { pageStyles } from '../handout-document.js'
import { PageFooter, type PageCounter } from '../page-footer.js'
import { tag } from '../structure-tags.js'
import { colors, fontSizes, lineHeights, pageSize, space, weights } from '../theme.js'
import { bookLabels } from './book-labels.js'

const styles = StyleSheet.create({
  heading: {
    fontSize: fontSizes.title,
    lineHeight: lineHeights.title,
    fontWeight: weights.bold,
    color: colors.heading,
    marginBottom: space.sectionTop,
  },
  row: {
    flexDirection: 'row',
    paddingVertical: 3,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.rule,
    color: colors.text,
    textDecoration: 'none',
  },
  title: {
    flex: 1,
    fontSize: fontSizes.body,
    lineHeight: lineHeights.body,
  },
  // Fixed width: the numbers are not known on the first pass, and the rows must not move when they are.
  page: {
    width: 36,
    fontSize: fontSizes.body,
    lineHeight: lineHeights.body,
    textAlign: 'right',
    color: colors.muted,
  },
})

export interface ContentsItem {
  title: string
  /** The named destination of the entry's first page. */
  anchor: string
  /** Its page number; unknown (undefined) on the first pass. */
  page: number | undefined
}

export interface BookContentsProps {
  items: ContentsItem[]
  footer: { note: string; url: string; pages: PageCounter; pageLabel?: (page: number) => string }
  /** The book's words in its language; English by default. */
  labels?: typeof bookLabels
}

/** The table of contents: every entry, linked to where it starts, with that page's number. */
export function BookContents({ items, footer, labels = bookLabels }: BookContentsProps) {
  return (
    <Page size={pageSize.name} style={pageStyles.page}>
      <Text style={styles.heading} tag={tag('H1')} bookmark={{ title: labels.contents, left: pageSize.width }}>
        {labels.contents}
      </Text>
      <View tag={tag('TOC')}>
        {items.map((item) => (
          <View key={item.anchor} tag={tag('TOCI')} wrap={false}>
            <Link src={`#${item.anchor}`} style={styles.row} tag={tag('Link', { alt: item.page ? `${item.title}, ${footer.pageLabel?.(item.page) ?? `page ${item.page}`}` : item.title })}>
              <Text style={styles.title}>{item.title}</Text>
              <Text style={styles.page}>{item.page ?? ''}</Text>
            </Link>
          </View>
        ))}
      </View>
      <PageFooter {...footer} />
    </Page>
  )
}
