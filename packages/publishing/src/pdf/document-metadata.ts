import type { DocumentProps } from '@react-pdf/renderer'
import { entryPageTitle, localeOf, type CareerPath } from '@careers/career-path'
import { definitionLead } from '../lead.js'
import { entryLanguage, type SiteSettings } from '../site.js'

/** The PDF's document information and language, as `<Document>` props. */
export interface DocumentMetadata {
  title: string
  author: string
  subject: string
  keywords: string
  creator: string
  producer: string
  language: string
  creationDate?: Date
}

/**
 * A tagged PDF needs 1.7 (pdfkit writes no XMP metadata at all for its default
 * 1.3). PDF/UA-1 is claimed in the XMP (`pdfuaid:part` 1): react-pdf hands
 * `conformance` to pdfkit's `subset` option, which knows "PDF/UA", although
 * react-pdf's type lists only the PDF/A levels.
 */
export const taggedPdf = { pdfVersion: '1.7', conformance: 'PDF/UA' as NonNullable<DocumentProps['conformance']> } as const

/** Long enough for a sentence or two; PDF viewers show the subject on one line. */
const subjectLength = 200

export function documentMetadata(entry: CareerPath, site: SiteSettings): DocumentMetadata {
  return {
    title: entryPageTitle(entry),
    author: site.siteName,
    subject: definitionLead(entry, subjectLength),
    keywords: (entry.tags ?? []).join(', '),
    creator: site.siteName,
    producer: '@careers/publishing with react-pdf',
    language: entryLanguage(localeOf(entry), site),
    // The entry's own dates, not the clock: a dated entry renders to the same bytes every time.
    // An undated one (neither updated nor published) gets react-pdf's "now", and bytes that differ.
    ...dates(entry),
  }
}

function dates(entry: CareerPath): Pick<DocumentMetadata, 'creationDate'> {
  // Only the creation date: react-pdf writes a modification date under a key PDF readers don't know.
  const created = entry.updated ?? entry.published
  return created ? { creationDate: new Date(created) } : {}
}
