import { Canvas, Font, Link, StyleSheet, Text, View } from '@react-pdf/renderer'
import { artifact } from './structure-tags.js'
import { colors, fontSizes, fonts, lineHeights, space } from './theme.js'

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
  pageNumber: {
    width: 80,
    height: fontSizes.footer * 1.4,
  },
})

export interface PageFooterProps {
  /** The site's handout footer text. */
  note: string
  /** The public address of the entry. */
  url: string
  /**
   * The number of the last page painted, shared by the footers of several
   * `<Page>`s (the book's entries) so numbering runs on across them.
   */
  pages?: PageCounter
  /** "Page 3" in the document's language. */
  pageLabel?: (page: number) => string
}

/** Pages painted so far: 0 before the first. */
export interface PageCounter {
  painted: number
}

/**
 * Repeated on every page (`fixed`): the footer text and the entry's address on
 * the left, "Page N" on the right. Absolutely placed, but last in the page, so
 * text extraction still reads it after the body.
 *
 * The number is painted, not laid out: a `render` prop makes react-pdf lay the
 * whole page out again for every page (a quarter of each render, measured), and
 * "of M" would need such a prop. Fixed elements are painted once per page, in
 * page order, so a counter gives the number.
 */
export function PageFooter({ note, url, pages = { painted: 0 }, pageLabel = (page) => `Page ${page}` }: PageFooterProps) {
  const paintPageNumber = (painter: PdfPainter, width: number) => {
    pages.painted += 1
    const page = pages.painted
    // Registered and loaded before any handout is drawn (`prepareShaping`).
    const font = Font.getFont({ fontFamily: fonts.body, fontWeight: 400 }).data
    if (!font) throw new Error(`the font ${fonts.body} is not loaded`)
    painter.font(font).fontSize(fontSizes.footer).fillColor(colors.muted)
    painter.text(pageLabel(page), 0, 0, { width, align: 'right', lineBreak: false })
    return null
  }
  return (
    <View style={styles.footer} fixed tag={artifact('Pagination')}>
      <View style={styles.about}>
        {note ? <Text style={styles.line}>{note}</Text> : null}
        <Text style={styles.line}>
          <Link src={url} style={styles.url}>
            {url}
          </Link>
        </Text>
      </View>
      <Canvas style={styles.pageNumber} paint={paintPageNumber as never} />
    </View>
  )
}

/** The part of react-pdf's canvas painter (pdfkit underneath) the number needs. */
interface PdfPainter {
  font(font: object): PdfPainter
  fontSize(size: number): PdfPainter
  fillColor(color: string): PdfPainter
  text(text: string, x: number, y: number, options: object): PdfPainter
}
