import { locales, localeOf, richTextFields, type CareerPath, type RichText } from '@careers/career-path'
import type { SiteSettings } from '../site.js'
import { composedCharacters } from './composed-characters.js'
import { HandoutDocument } from './handout-document.js'
import { hyphenationFor } from './locale-hyphenation.js'
import { renderDocument } from './render-document.js'
import { prepareShaping } from './shaping.js'
import { assertRenderable } from './rich-text/render-rich-text.js'
import { withLocaleTypography } from './typographic-quotes.js'

export interface HandoutOptions {
  site: SiteSettings
  /** Titles of related entries by slug, for the Related section; a slug without one shows as itself. */
  relatedTitles?: Record<string, string>
}

/** Every rich text of an entry. */
export function richTextOf(entry: CareerPath): RichText[] {
  return [...richTextFields.flatMap((field) => entry[field] ?? []), ...entry.faqs.map((faq) => faq.answer)]
}

/**
 * The PDF handout of one entry: A4, fonts embedded, tagged (a structure tree
 * in reading order), an outline of its sections, clickable links, "Page N"
 * and the entry's address in every footer.
 * Rejects with the renderer's own error when the entry cannot be drawn, e.g.
 * ``Cannot handle unknown node `table` `` for rich text holding a table.
 * The entry's locale gives the document its language, labels, quotation
 * marks and hyphenation (its own callback, not react-pdf's global one).
 */
export async function renderHandout(entry: CareerPath, options: HandoutOptions): Promise<Uint8Array> {
  await prepareShaping()
  // Checked before rendering: an error thrown inside React's render comes with React's console noise.
  for (const tree of richTextOf(entry)) assertRenderable(tree)
  const locale = localeOf(entry)
  const hyphenation = await hyphenationFor(locale)
  const printed = withLocaleTypography(composedCharacters(entry), locales[locale].quotes)
  return renderDocument(<HandoutDocument entry={printed} {...composedCharacters(options)} hyphenationCallback={hyphenation} />)
}
