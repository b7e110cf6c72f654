import { Page } from '@react-pdf/renderer'
import { locales, localeOf, type CareerPath } from '@careers/career-path'
import { entryUrls, type SiteSettings } from '../../site.js'
import { EntryBody } from '../entry-body.js'
import { pageStyles } from '../handout-document.js'
import { PageFooter, type PageCounter } from '../page-footer.js'
import { pageSize } from '../theme.js'
import { entryAnchor } from './book-anchors.js'
import { RunningHeader } from './running-header.js'

export interface BookEntryPageProps {
  entry: CareerPath
  site: SiteSettings
  relatedTitles: Record<string, string>
  pages: PageCounter
}

/**
 * One entry of the book, starting on a page of its own: the handout's body
 * on the handout's page, the entry's title over every page, its outline
 * entry with its sections under it, page numbers running on from the last entry.
 */
export function BookEntryPage({ entry, site, relatedTitles, pages }: BookEntryPageProps) {
  const anchor = entryAnchor(entry.slug)
  return (
    <Page size={pageSize.name} style={pageStyles.page}>
      <RunningHeader title={entry.title} siteName={site.siteName} />
      <EntryBody entry={entry} site={site} relatedTitles={relatedTitles} outline={{ anchor, bookmark: { title: entry.title, ref: anchor, left: pageSize.width } }} />
      <PageFooter note={site.handoutFooter} url={entryUrls(site, entry.slug).page} pages={pages} pageLabel={locales[localeOf(entry)].labels.page} />
    </Page>
  )
}
