import { join } from 'node:path'
import { bookPath, entryPath, localePrefix, type ServedFormat } from '../contract/addresses.js'

/** Where `careers build` writes a locale's outputs: `<out>/` for the default, `<out>/<locale>/` for another (the addresses' prefix). */
export function localeOutDir(outDir: string, locale: string): string {
  return join(outDir, localePrefix(locale))
}

/** Where `careers build` writes the book of a locale's entries, given the locale's folder (brief: `<out>/career-paths.pdf`). */
export function bookFile(localeDir: string): string {
  return join(localeDir, bookPath(undefined))
}

/** Where `careers build` writes an entry's files, given its locale's folder (brief: `<out>/career-paths/<slug>.{md,pdf,json}`). */
export function outputPaths(localeDir: string, slug: string) {
  const file = (format: ServedFormat) => join(localeDir, entryPath(undefined, slug, format))
  return { markdown: file('md'), pdf: file('pdf'), json: file('json') }
}
