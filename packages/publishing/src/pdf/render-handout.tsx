import { renderToBuffer } from '@react-pdf/renderer'
import type { CareerPath } from '@careers/career-path'
import type { SiteSettings } from '../site.js'
import { HandoutDocument } from './handout-document.js'
import { registerHandoutFonts } from './register-handout-fonts.js'

export interface HandoutOptions {
  site: SiteSettings
  /** Titles of related entries by slug, for the Related section; a slug without one shows as itself. */
  relatedTitles?: Record<string, string>
}

/**
 * The PDF handout of one entry: A4, fonts embedded, an outline of its sections,
 * clickable links, "Page N of M" and the entry's address in every footer.
 */
export async function renderHandout(entry: CareerPath, options: HandoutOptions): Promise<Uint8Array> {
  registerHandoutFonts()
  return renderToBuffer(<HandoutDocument entry={entry} {...options} />)
}
