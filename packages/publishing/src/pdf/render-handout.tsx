import { renderToBuffer } from '@react-pdf/renderer'
import { richTextFields, type CareerPath, type RichText } from '@careers/career-path'
import type { SiteSettings } from '../site.js'
import { composedCharacters } from './composed-characters.js'
import { HandoutDocument } from './handout-document.js'
import { RenderErrorTrap } from './render-error-trap.js'
import { prepareShaping } from './shaping.js'
import { assertRenderable } from './rich-text/render-rich-text.js'

export interface HandoutOptions {
  site: SiteSettings
  /** Titles of related entries by slug, for the Related section; a slug without one shows as itself. */
  relatedTitles?: Record<string, string>
}

function richTextOf(entry: CareerPath): RichText[] {
  return [...richTextFields.flatMap((field) => entry[field] ?? []), ...entry.faqs.map((faq) => faq.answer)]
}

/**
 * The PDF handout of one entry: A4, fonts embedded, an outline of its sections,
 * clickable links, "Page N" and the entry's address in every footer.
 * Rejects with the renderer's own error when the entry cannot be drawn, e.g.
 * ``Cannot handle unknown node `table` `` for rich text holding a table.
 */
export async function renderHandout(entry: CareerPath, options: HandoutOptions): Promise<Uint8Array> {
  await prepareShaping()
  for (const tree of richTextOf(entry)) assertRenderable(tree)
  // Any other error thrown while React renders reaches us only through the trap.
  let renderError: unknown
  const document = (
    <RenderErrorTrap onError={(error) => (renderError = error)}>
      <HandoutDocument entry={composedCharacters(entry)} {...composedCharacters(options)} />
    </RenderErrorTrap>
  )
  const bytes = await renderToBuffer(document).catch((error: unknown) => {
    throw renderError ?? error
  })
  if (renderError) throw renderError
  return bytes
}
