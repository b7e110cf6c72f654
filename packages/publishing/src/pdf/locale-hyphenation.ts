import { locales, type Locale } from '@careers/career-path'
import { wordBreaks } from './word-breaks.js'

/** Where react-pdf may break a word: its pieces, in order. */
export type HyphenationCallback = (word: string) => string[]

/** A word the patterns may break: letters only (a capital first allowed), punctuation around it kept apart. */
const ordinaryWord = /^(\P{L}*)(\p{Lu}?\p{Ll}{5,})(\P{L}*)$/u

/**
 * The callback for a language's TeX patterns: ordinary words break at their
 * syllables; names, acronyms and words with digits or inner capitals
 * ("PostgreSQL", "Node.js") stay whole, and long URLs and identifiers break
 * as in English (`wordBreaks`). A word with a hyphen keeps it as its only break: react-pdf
 * draws a hyphen where it breaks, and would draw a second.
 */
export function patternWordBreaks(syllables: (word: string) => string[]): HyphenationCallback {
  return (word) => {
    const match = ordinaryWord.exec(word)
    if (!match) return wordBreaks(word)
    const [, before = '', core = '', after = ''] = match
    const pieces = syllables(core)
    if (pieces.length < 2 || pieces.join('') !== core) return [word]
    pieces[0] = before + pieces[0]
    pieces[pieces.length - 1] += after
    return pieces
  }
}

const loaded = new Map<string, Promise<HyphenationCallback>>()

/**
 * The hyphenation of a locale's handouts, handed to each document (never
 * registered globally: two handouts in two languages may be laid out at once).
 * A locale without patterns (English) breaks only long URLs and identifiers, as the handout always has.
 */
export function hyphenationFor(locale: Locale): Promise<HyphenationCallback> {
  const patterns = locales[locale].hyphenation
  if (!patterns) return Promise.resolve(wordBreaks)
  let callback = loaded.get(patterns)
  if (!callback) {
    callback = (import(`@react-pdf/hyphenate/${patterns}`) as Promise<{ syllables: (word: string) => string[] }>).then((m) => patternWordBreaks(m.syllables))
    loaded.set(patterns, callback)
  }
  return callback
}
