import { Document } from '@react-pdf/renderer'
import { defaultLocale, locales, type CareerPath } from '@careers/career-path'
import { indexUrl, type SiteSettings } from '../../site.js'
import { taggedPdf } from '../document-metadata.js'
import { documentHyphenation } from '../handout-document.js'
import type { HyphenationCallback } from '../locale-hyphenation.js'
import { wordBreaks } from '../word-breaks.js'
import type { PageCounter } from '../page-footer.js'
import { entryAnchor } from './book-anchors.js'
import { BookContents } from './book-contents.js'
import { BookCover } from './book-cover.js'
import { BookEntryPage } from './book-entry-page.js'
import { bookLabelsFor, bookTitle, coverDate } from './book-labels.js'

export interface BookDocumentProps {
  /** In the book's order. */
  entries: CareerPath[]
  site: SiteSettings
  relatedTitles: Record<string, string>
  date: Date
  /** Where each entry starts (by slug), once a first pass has laid the book out. */
  startPages: Record<string, number> | undefined
  /** Receives react-pdf's laid-out document (its `onRender`). */
  onLayout?: (layout: unknown) => void
  /** Cover and contents only: what a first pass needs to know how long the contents are. */
  contentsOnly?: boolean
  /** Where words may break, for this document alone. */
  hyphenationCallback?: HyphenationCallback
}

/** react-pdf hands `onRender` its layout under this name (renderToBuffer's `toBuffer`), although its type does not say so. */
const layoutOf = (rendered: object) => (rendered as { _INTERNAL__LAYOUT__DATA_?: unknown })._INTERNAL__LAYOUT__DATA_

/** The whole collection as one tagged PDF: cover, table of contents, then every entry from a new page. */
export function BookDocument({ entries, site, relatedTitles, date, startPages, onLayout, contentsOnly = false, hyphenationCallback = wordBreaks }: BookDocumentProps) {
  const labels = bookLabelsFor(site)
  // The cover is page 1 and shows no number; footers number the pages after it.
  const pages: PageCounter = { painted: 1 }
  const items = entries.map((entry) => ({ title: entry.title, anchor: entryAnchor(entry.slug), page: startPages?.[entry.slug] }))
  return (
    <Document
      title={bookTitle(site)}
      author={site.siteName}
      creator={site.siteName}
      producer="@careers/publishing with react-pdf"
      language={site.language}
      creationDate={date}
      {...taggedPdf}
      tagged
      {...(onLayout ? { onRender: (rendered) => onLayout(layoutOf(rendered)) } : {})}
      {...documentHyphenation(hyphenationCallback)}
    >
      <BookCover siteName={site.siteName} date={coverDate(date, site.language)} count={entries.length} labels={labels} />
      <BookContents
        items={items}
        footer={{ note: site.handoutFooter, url: indexUrl(site), pages, ...(site.locale && site.locale !== defaultLocale ? { pageLabel: locales[site.locale].labels.page } : {}) }}
        labels={labels}
      />
      {(contentsOnly ? [] : entries).map((entry) => (
        <BookEntryPage key={entry.slug} entry={entry} site={site} relatedTitles={relatedTitles} pages={pages} />
      ))}
    </Document>
  )
}
