import { Font } from '@react-pdf/renderer'

interface GlyphRun {
  glyphs: unknown[]
  positions: unknown[]
}
type Layout = (text: string, features?: unknown, ...rest: unknown[]) => GlyphRun
interface FontkitFont {
  layout: Layout
}

const cached = new WeakSet<object>()
/** Words remembered per font; enough for a language's working vocabulary in a few styles. */
const maxWords = 50_000

/**
 * Shapes text word by word and remembers each word, as browsers do. Shaping
 * (fontkit applying GSUB and GPOS: ligatures, kerning) was a quarter of every
 * render, and career paths reuse a small vocabulary, so after a few handouts
 * almost every word is known. A word is shaped with the space after it, as
 * Inter kerns nothing from a space to the next word, so the glyphs and advances
 * are the ones a whole-line layout gives (a test compares them). Applies to the handout's
 * fonts once react-pdf has loaded them, so call it after a render.
 */
export function cacheShaping(): void {
  for (const family of Object.values(Font.getRegisteredFonts())) {
    for (const source of (family as { sources: { data?: FontkitFont | null }[] }).sources) {
      const font = source.data
      if (!font || cached.has(font)) continue
      cached.add(font)
      font.layout = wordCachedLayout(font.layout.bind(font))
    }
  }
}

export function wordCachedLayout(layout: Layout): Layout {
  const words = new Map<string, GlyphRun>()
  return (text, features, script, ...rest) => {
    // fontkit picks the script from a string's first letter, and kerning differs
    // by script ("2." in a line of prose is not kerned as in "15-1252.00" alone):
    // every word gets the line's script. Lines not in Latin are shaped whole.
    const letter = /\p{L}/u.exec(text)?.[0]
    const lineScript = script ?? (letter === undefined ? undefined : latin.test(letter) ? 'latn' : null)
    if (lineScript === null) return layout(text, features, script, ...rest)
    const prefix = `${JSON.stringify(features ?? null)}\u0000${lineScript}\u0000`
    const glyphs: unknown[] = []
    const positions: unknown[] = []
    for (const word of text.match(wordsWithTheirSpace) ?? []) {
      const key = prefix + word
      let run = words.get(key)
      if (!run) {
        if (words.size >= maxWords) words.clear()
        run = layout(word, features, lineScript, ...rest)
        words.set(key, run)
      }
      glyphs.push(...run.glyphs)
      positions.push(...run.positions)
    }
    return { glyphs, positions }
  }
}

const latin = /\p{Script=Latin}/u
/** A word and the space after it: Inter kerns some punctuation with a following space (", " in SemiBold). */
const wordsWithTheirSpace = /[^ ]+ ?| /g
