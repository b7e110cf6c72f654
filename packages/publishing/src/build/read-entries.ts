import type { CareerPath } from '@careers/career-path'
import type { BuildWorkers } from './build-workers.js'
import type { ContentFile } from './content-files.js'
import { outlineFromFileName, outlineOf, type EntryOutline } from './cross-check.js'
import type { FileIssue } from './file-issue.js'
import type { ManifestEntry } from './manifest.js'

export interface Candidate {
  file: ContentFile
  outline: EntryOutline
  /** Parsed now; absent for a file unchanged since the last build. */
  entry?: CareerPath
  cached?: ManifestEntry
}

/**
 * Phase one of a build: what each file holds. A file unchanged since the last
 * build is not even parsed (its outline is in the manifest); the others are
 * parsed on the workers. A file with errors is still a candidate, known by its
 * slug, so the entries linking to it are not in error too; it is listed in `failed`.
 */
export async function readEntries(files: ContentFile[], cache: Record<string, ManifestEntry>, workers: () => Promise<BuildWorkers>) {
  const issues: FileIssue[] = []
  const failed = new Set<string>()
  const toParse = files.filter((f) => cache[f.file]?.sourceHash !== f.hash)
  const pool = toParse.length ? await workers() : undefined
  const parsed = new Map(await Promise.all(toParse.map(async (f) => [f.file, await pool!.parse(f.text)] as const)))
  const candidates = files.map((file): Candidate => {
    const cached = cache[file.file]
    const result = parsed.get(file.file)
    if (!result) return { file, outline: cached!.outline, cached: cached! }
    issues.push(...result.issues.filter((i) => i.severity === 'error').map((i) => ({ ...i, file: file.file })))
    const outline = outlineOf(file.file, result) ?? cached?.outline ?? outlineFromFileName(file.file)
    if (!result.entry) {
      failed.add(file.file)
      return { file, outline: { ...outline, title: cached?.outline.title ?? outline.title } }
    }
    return { file, outline, entry: result.entry, ...(cached ? { cached } : {}) }
  })
  return { candidates, issues, failed }
}
