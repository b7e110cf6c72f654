import { defaultLocale, localeCodes, problem, type Locale, type VFileMessage } from '@careers/career-path'
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { contentFolderPath } from '../contract/addresses.js'

export interface ContentFile {
  /** The file's name in the entries folder: the manifest's key, the same however the folder was spelled. */
  name: string
  /** Path for messages: the content folder joined with the file name. */
  file: string
  text: string
  /** sha256 of the bytes, the key of the incremental build. */
  hash: string
}

export interface ContentFolder {
  files: ContentFile[]
  /** Files (or the folder) that could not be read, each an error at line 1. */
  issues: VFileMessage[]
  /** The entry files that could not be read: they count as failed, never as deleted. */
  unreadable: Pick<ContentFile, 'name' | 'file'>[]
}

/**
 * The entry files of a content folder: `<dir>/career-paths/*.md`, or `<dir>/*.md`
 * when the folder holds the entries itself. Sorted, so builds are repeatable.
 */
export async function entriesFolder(contentDir: string): Promise<string> {
  const nested = join(contentDir, contentFolderPath(defaultLocale))
  const isDir = await stat(nested).then(
    (s) => s.isDirectory(),
    () => false,
  )
  return isDir ? nested : contentDir
}

/** A translation's folder: `<dir>/<locale>/career-paths` (brief: "Languages"). */
export function translationsFolder(contentDir: string, locale: Locale): string {
  return join(contentDir, contentFolderPath(locale))
}

/** The locales a content folder has entries in: the default always, another when its folder exists. */
export async function contentLocales(contentDir: string): Promise<Locale[]> {
  const found = await Promise.all(
    localeCodes.map(
      async (locale) =>
        locale === defaultLocale ||
        (await stat(translationsFolder(contentDir, locale)).then(
          (s) => s.isDirectory(),
          () => false,
        )),
    ),
  )
  return localeCodes.filter((_, i) => found[i])
}

/**
 * Reads every entry file of a locale; one that can't be read is reported and
 * the others are still read. A locale other than the default without a folder has no entries.
 */
export async function readContentFiles(contentDir: string, locale: Locale = defaultLocale): Promise<ContentFolder> {
  const folder = locale === defaultLocale ? await entriesFolder(contentDir) : translationsFolder(contentDir, locale)
  let names: string[]
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort()
  } catch (error) {
    return { files: [], issues: [problem(`cannot read the content folder: ${reason(error)}`, { rule: 'unreadable', file: folder, line: 1 })], unreadable: [] }
  }
  const result: ContentFolder = { files: [], issues: [], unreadable: [] }
  const texts = await Promise.allSettled(names.map((name) => readFile(join(folder, name), 'utf8')))
  texts.forEach((text, i) => {
    const name = names[i]!
    const file = join(folder, name)
    if (text.status === 'fulfilled') {
      result.files.push({ name, file, text: text.value, hash: sha256(text.value) })
    } else {
      result.issues.push(problem(`cannot read: ${reason(text.reason)}`, { rule: 'unreadable', file, line: 1 }))
      result.unreadable.push({ name, file })
    }
  })
  return result
}

/** An fs error as a reader wants it: "is a directory", not a stack. */
function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException
  const known: Record<string, string> = { ENOENT: 'no such file or folder', EISDIR: 'is a folder, not a file', EACCES: 'permission denied', ENOTDIR: 'not a folder' }
  return (code && known[code]) ?? message
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
