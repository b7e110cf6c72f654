import { Document, Page, StyleSheet } from '@react-pdf/renderer'
import { locales, localeOf, type CareerPath } from '@careers/career-path'
import { entryUrls, type SiteSettings } from '../site.js'
import { documentMetadata, taggedPdf } from './document-metadata.js'
import { EntryBody } from './entry-body.js'
import type { HyphenationCallback } from './locale-hyphenation.js'
import { wordBreaks } from './word-breaks.js'
import { PageFooter } from './page-footer.js'
import { colors, fontSizes, fonts, pageSize, space } from './theme.js'

// No lineHeight here: on the page it hides the fixed page-number footer.
export const pageStyles = StyleSheet.create({
  page: {
    fontFamily: fonts.body,
    fontSize: fontSizes.body,
    color: colors.text,
    paddingTop: space.pageTop,
    paddingBottom: space.pageBottom,
    paddingHorizontal: space.pageSide,
  },
})

export interface HandoutDocumentProps {
  entry: CareerPath
  site: SiteSettings
  relatedTitles?: Record<string, string>
  /**
   * Tagged PDF/UA (the default). `false` writes the handout as before tagging
   * (PDF 1.3, no structure tree): only the bench uses it, to measure what tagging costs.
   */
  tagged?: boolean
  /** Where words may break, for this document alone (react-pdf's `Font.registerHyphenationCallback` is for every document). */
  hyphenationCallback?: HyphenationCallback
}

/** The whole handout: one A4 page template that wraps onto as many pages as the entry needs. */
export function HandoutDocument({ entry, site, relatedTitles, tagged = true, hyphenationCallback = wordBreaks }: HandoutDocumentProps) {
  return (
    <Document {...documentMetadata(entry, site)} {...(tagged ? { ...taggedPdf, tagged } : {})} {...documentHyphenation(hyphenationCallback)}>
      <Page size={pageSize.name} style={pageStyles.page}>
        <EntryBody entry={entry} site={site} {...(relatedTitles ? { relatedTitles } : {})} />
        <PageFooter note={site.handoutFooter} url={entryUrls(site, entry.slug).page} pageLabel={locales[localeOf(entry)].labels.page} />
      </Page>
    </Document>
  )
}

/**
 * `<Document hyphenationCallback>`: read by the patch of react-pdf's layout
 * (patches/@react-pdf+layout+5.2.0.patch), which react-pdf's own props type does not know.
 */
export function documentHyphenation(callback: HyphenationCallback): object {
  return { hyphenationCallback: callback }
}
