import { toString } from 'mdast-util-to-string'
import { pageTitle, type CareerPath } from '@careers/career-path'
import type { SiteSettings } from '../site.js'

/** The PDF's document information and language, as `<Document>` props. */
export interface DocumentMetadata {
  title: string
  author: string
  subject: string
  keywords: string
  creator: string
  producer: string
  language: string
}

/** Long enough for a sentence or two; PDF viewers show the subject on one line. */
const subjectLength = 200

/**
 * The first sentence(s) of a text, whole sentences only, up to `max`
 * characters; a first sentence longer than that is cut at a word and ends "…".
 */
export function leadingSentences(text: string, max = subjectLength): string {
  const sentences = text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?…])\s+/)
  let lead = sentences[0] ?? ''
  if (lead.length > max) return `${lead.slice(0, max).replace(/\s+\S*$/, '')}…`
  for (const sentence of sentences.slice(1)) {
    if (lead.length + 1 + sentence.length > max) break
    lead += ` ${sentence}`
  }
  return lead
}

export function documentMetadata(entry: CareerPath, site: SiteSettings): DocumentMetadata {
  const firstParagraph = entry.definition.children[0]
  return {
    title: pageTitle(entry.title),
    author: site.siteName,
    subject: leadingSentences(firstParagraph ? toString(firstParagraph) : ''),
    keywords: (entry.tags ?? []).join(', '),
    creator: site.siteName,
    producer: '@careers/publishing with react-pdf',
    language: site.language,
  }
}
