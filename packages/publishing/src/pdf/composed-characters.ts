/**
 * The value with every string in Unicode NFC: "ő" as one character, not "o"
 * plus a combining double acute. Inter draws the composed letters of
 * Latin-extended but not every combining mark, and the handout leaves the
 * font's mark-composing feature off (see `fontFeatures`), so text pasted in
 * decomposed form (macOS file names, some editors) still prints right.
 */
export function composedCharacters<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map(composedCharacters) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, composedCharacters(item)])) as T
  }
  return value
}
