import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { defaultLocale, localeCodes } from '@careers/career-path'

/**
 * Every content file under `root`, as `career-paths/<name>` and
 * `<locale>/career-paths/<name>`, sorted: the default locale's, then each
 * other locale's (the layout of `content/`, of an export and of a backup).
 */
export function contentFileNames(root: string): string[] {
  const ordered = [defaultLocale, ...localeCodes.filter((l) => l !== defaultLocale)]
  return ordered.flatMap((locale) => {
    const folder = locale === defaultLocale ? 'career-paths' : path.join(locale, 'career-paths')
    const dir = path.join(root, folder)
    if (!existsSync(dir)) return []
    return readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => path.join(folder, f))
  })
}

/** Every content file under `root` with its text, by `contentFileNames`' names. */
export function contentFileTexts(root: string): Record<string, string> {
  return Object.fromEntries(contentFileNames(root).map((name) => [name, readFileSync(path.join(root, name), 'utf8')]))
}
