/** Longest word left whole: longer ones are URLs, paths or identifiers that may not fit a line. */
const longWord = 30
/** Longest piece of a long word between break points. */
const piece = 16

/**
 * The hyphenation callback of the handout: where react-pdf may break a word.
 *
 * Ordinary words are never split: react-pdf's English hyphenation breaks
 * names such as "Node.js" or "PostgreSQL" at odd places, costs time on
 * every render, and ragged-right text has no need of it. But react-pdf only
 * breaks lines at spaces and at these points, and cuts off whatever of a
 * word does not fit the line, so a long word (a URL, say) is given break
 * points: after "/", ".", "?", "&", "=", "_", and within any stretch longer
 * than `piece`. React-pdf draws a hyphen where it breaks, so never after "-".
 */
export function wordBreaks(word: string): string[] {
  if (word.length <= longWord) return [word]
  const parts: string[] = []
  for (const part of word.split(/(?<=[/.?&=_])/)) {
    for (let start = 0; start < part.length; start += piece) parts.push(part.slice(start, start + piece))
  }
  return parts
}
