import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

export interface ContentFile {
  /** Path for messages: the content folder joined with the file name. */
  file: string
  text: string
  /** sha256 of the bytes, the key of the incremental build. */
  hash: string
}

/**
 * The entry files of a content folder: `<dir>/career-paths/*.md`, or `<dir>/*.md`
 * when the folder holds the entries itself. Sorted, so builds are repeatable.
 */
export async function entriesFolder(contentDir: string): Promise<string> {
  const nested = join(contentDir, 'career-paths')
  const isDir = await stat(nested).then((s) => s.isDirectory(), () => false)
  return isDir ? nested : contentDir
}

export async function readContentFiles(contentDir: string): Promise<ContentFile[]> {
  const folder = await entriesFolder(contentDir)
  const names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort()
  return Promise.all(
    names.map(async (name) => {
      const file = join(folder, name)
      const text = await readFile(file, 'utf8')
      return { file, text, hash: sha256(text) }
    }),
  )
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
