import { Font } from '@react-pdf/renderer'
import { handoutFontFaces, registerHandoutFonts } from './register-handout-fonts.js'
import { fontFeatures } from './theme.js'

interface GlyphPosition {
  xAdvance: number
}
interface GlyphRun {
  glyphs: unknown[]
  positions: GlyphPosition[]
  advanceWidth: number
}
type Layout = (text: string, features?: unknown, script?: string, ...rest: unknown[]) => GlyphRun
interface FontkitGlyph {
  codePoints: number[]
}
interface FontkitFont {
  layout: Layout
  getGlyph: (id: number, codePoints?: number[]) => FontkitGlyph
  postscriptName: string
  _tables?: { name?: { records?: object } }
  name?: { records?: object }
}

/** Words remembered per font; enough for a language's working vocabulary in a few styles. */
const maxWords = 50_000
let prepared: Promise<void> | undefined

/**
 * Registers and loads the handout's fonts once, and gives each of them the
 * shaping below and the two repairs after it. Loading up front means even the first handout is shaped the
 * same way as every later one.
 */
export function prepareShaping(): Promise<void> {
  prepared ??= (async () => {
    registerHandoutFonts()
    await Promise.all(handoutFontFaces.map((face) => Font.load(face)))
    for (const face of handoutFontFaces) {
      const font: unknown = Font.getFont(face).data
      if (!isFontkitFont(font)) throw new Error(`the font ${face.fontFamily} did not load`)
      font.layout = wordCachedLayout(font.layout.bind(font))
      keepGlyphCharacters(font)
      compareByName(font)
    }
  })()
  return prepared
}

/**
 * fontkit makes each glyph object once and keeps it. Its subsetter makes the
 * parts of a composite glyph (`"` is two `'`, `Ö` holds `O`) without their
 * characters, and a later handout that draws such a part as text got no
 * Unicode for it: `'` vanished from extracted text once any handout had drawn
 * `"`. A glyph asked for with its characters now keeps them.
 */
/** What a loaded face is: a fontkit font, whose parts used here are checked rather than cast. */
function isFontkitFont(font: unknown): font is FontkitFont {
  return typeof font === 'object' && font !== null && typeof Reflect.get(font, 'layout') === 'function' && typeof Reflect.get(font, 'getGlyph') === 'function'
}

function keepGlyphCharacters(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font)
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints)
    if (glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints
    return glyph
  }
}

/**
 * pdfkit is handed the font again for every run of text and checks it is the
 * one it already embedded by comparing the fonts' whole name tables as JSON
 * (5% of a render, measured). The PostScript name identifies a face just as
 * well, so that is what the name records serialize to.
 */
function compareByName(font: FontkitFont): void {
  const records = (font.name ?? font._tables?.name)?.records
  if (!records) return
  const name = font.postscriptName
  Object.defineProperty(records, 'toJSON', { value: () => name, enumerable: false })
}

/**
 * Shaping (fontkit applying GSUB and GPOS: ligatures, kerning) was a quarter of
 * every render, so words are shaped one by one and remembered, as browsers do:
 * career paths reuse a small vocabulary, and after a few handouts almost every
 * word is known. A word is shaped with the space after it, as Inter kerns
 * nothing from a space to the next word, so glyphs and advances are the ones a
 * whole-line layout gives (a test compares them). The OpenType features are
 * the handout's own (`fontFeatures`), applied here rather than as a style that
 * react-pdf would convert again for every element.
 */
export function wordCachedLayout(layout: Layout, features: object = fontFeatures): Layout {
  const words = new Map<string, GlyphRun>()
  return (text, _features, script, ...rest) => {
    // fontkit picks the script from a string's first letter, and kerning differs
    // by script ("2." in a line of prose is not kerned as in "15-1252.00" alone):
    // every word gets the line's script. Lines not in Latin are shaped whole.
    const letter = /\p{L}/u.exec(text)?.[0]
    const lineScript = script ?? (letter === undefined ? undefined : latin.test(letter) ? 'latn' : null)
    if (lineScript === null) return layout(text, features, script, ...rest)
    const prefix = `${lineScript}\u0000`
    const glyphs: unknown[] = []
    const positions: GlyphPosition[] = []
    let advanceWidth = 0
    for (const word of text.match(wordsWithTheirSpace) ?? []) {
      const key = prefix + word
      let run = words.get(key)
      if (!run) {
        if (words.size >= maxWords) words.clear()
        run = layout(word, features, lineScript, ...rest)
        words.set(key, run)
      }
      glyphs.push(...run.glyphs)
      // Copies: pdfkit scales the positions it is given in place.
      for (const position of run.positions) positions.push({ ...position })
      advanceWidth += run.advanceWidth
    }
    return { glyphs, positions, advanceWidth }
  }
}

const latin = /\p{Script=Latin}/u
/** A word and the space after it: Inter kerns some punctuation with a following space (", " in SemiBold). */
const wordsWithTheirSpace = /[^ ]+ ?| /g
