import { Font } from '@react-pdf/renderer'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { loadContentEntries } from '../test-support/content-entries.js'
import { sampleSite } from '../test-support/sample-entry.js'
import { renderHandout } from './render-handout.js'
import { wordCachedLayout } from './shaping.js'
import { fontFeatures } from './theme.js'

interface Glyph {
  id: number
}
interface Run {
  glyphs: Glyph[]
  positions: { xAdvance: number; xOffset: number; yOffset: number }[]
}

describe('word-by-word shaping cache', () => {
  it('gives the glyphs and advances of whole-line shaping for every text of the content', async () => {
    const { entries } = loadContentEntries()
    await renderHandout(entries[0]!.entry, { site: sampleSite }) // loads the fonts
    const texts = entries.flatMap(({ markdown }) => markdown.split('\n').filter((l) => l.trim() !== ''))
    texts.push(...entries.map(({ entry }) => toString(entry.definition)), 'To Wa Ty “quoted” — 10:30 -> e.g. Łódź €70,000')
    // Every character after a space and before one, in case a font kerns across it.
    const characters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:!?()[]{}“”‘’"\'-–—/&@#%€$*+=<>éłőüßÀ']
    texts.push(characters.map((c) => `T ${c} V${c} ,${c}. `).join(''), characters.map((c) => `${c} `).join(''))
    for (const weight of [400, 600, 700]) {
      const font = (Font.getFont({ fontFamily: 'Inter', fontWeight: weight }) as unknown as { data: object }).data
      const whole = (Object.getPrototypeOf(font) as { layout: (...a: unknown[]) => Run }).layout.bind(font)
      const cached = wordCachedLayout(whole as never) as unknown as (...a: unknown[]) => Run
      for (const text of texts) {
        const expected = whole(text, fontFeatures)
        const actual = cached(text, fontFeatures)
        expect(
          actual.glyphs.map((g) => g.id),
          text,
        ).toEqual(expected.glyphs.map((g) => g.id))
        expect(
          actual.positions.map((p) => [p.xAdvance, p.xOffset, p.yOffset]),
          text,
        ).toEqual(expected.positions.map((p) => [p.xAdvance, p.xOffset, p.yOffset]))
      }
    }
  })

  it('renders the same handout text with a warm cache as with a cold one', async () => {
    const { entries, relatedTitles } = loadContentEntries()
    const { readPdf } = await import('../test-support/pdf-text.js')
    const entry = entries[1]!.entry
    const first = await readPdf(await renderHandout(entry, { site: sampleSite, relatedTitles }))
    for (const other of entries) await renderHandout(other.entry, { site: sampleSite, relatedTitles })
    const warm = await readPdf(await renderHandout(entry, { site: sampleSite, relatedTitles }))
    expect(warm.pageTexts).toEqual(first.pageTexts)
    expect(warm.links).toEqual(first.links)
  })
})
