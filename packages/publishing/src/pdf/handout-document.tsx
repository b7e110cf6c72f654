import { Document, Page, StyleSheet, View } from '@react-pdf/renderer'
import { pageTitle, type CareerPath } from '@careers/career-path'
import { entryUrls, type SiteSettings } from '../site.js'
import { CallToAction } from './call-to-action.js'
import { documentMetadata } from './document-metadata.js'
import { HandoutHeader } from './handout-header.js'
import { HandoutSections } from './handout-sections.js'
import { PageFooter } from './page-footer.js'
import { colors, fontSizes, fonts, space } from './theme.js'

// No lineHeight here: on the page it hides the fixed page-number footer.
const styles = StyleSheet.create({
  page: {
    fontFamily: fonts.body,
    // Inter's contextual alternates (arrows from "->", a raised colon in
    // "10:30") make shaping about three times slower, and shaping is most of
    // a render; the handout's prose does not need them.
    fontFeatureSettings: { calt: false },
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
}

/** The whole handout: one A4 page template that wraps onto as many pages as the entry needs. */
export function HandoutDocument({ entry, site, relatedTitles }: HandoutDocumentProps) {
  return (
    <Document {...documentMetadata(entry, site)}>
      <Page size="A4" style={styles.page}>
        <HandoutHeader siteName={site.siteName} title={pageTitle(entry.title)} />
        <HandoutSections entry={entry} site={site} {...(relatedTitles ? { relatedTitles } : {})} />
        <CallToAction callToAction={site.callToAction} />
        <PageFooter note={site.handoutFooter} url={entryUrls(site, entry.slug).page} />
      </Page>
    </Document>
  )
}
