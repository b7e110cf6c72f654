import { defaultLocale, type CareerPath, type Locale, type VFileMessage } from '@careers/career-path'
import type { BuildWorkers } from './build-workers.js'
import type { ContentFile, ContentFolder } from './content-files.js'
import { outlineFromFileName, outlineOf, type EntryOutline } from './cross-check.js'
import type { ManifestEntry } from './manifest.js'

export interface Candidate {
  file: ContentFile
  outline: EntryOutline
  /** Parsed now; absent for a file unchanged since the last build. */
  entry?: CareerPath
  cached?: ManifestEntry
}

/**
 * What each file holds, for the build and for lint. A file unchanged since the
 * last build is not even parsed (its outline is in the manifest, keyed by file
 * name); the others are parsed on the workers. A file with errors is still a
 * candidate, known by its slug, so the entries linking to it are not in error
 * too; its name is listed in `failed`. So is a file that could not be read,
 * known by its last outline or its name. `issues` holds every issue of the
 * files parsed now, warnings too; `outlines` every file's, for the checks across files.
 */
export async function readEntries(folder: ContentFolder, cache: Record<string, ManifestEntry>, workers: () => Promise<BuildWorkers>, locale: Locale = defaultLocale) {
  const { files } = folder
  const issues: VFileMessage[] = []
  const failed = new Set(folder.unreadable.map((f) => f.name))
  const toParse = files.filter((f) => cache[f.name]?.sourceHash !== f.hash)
  const pool = toParse.length ? await workers() : undefined
  const parsed = new Map(await Promise.all(toParse.map(async (f) => [f.name, await pool!.parse(f.text, locale)] as const)))
  const candidates = files.map((file): Candidate => {
    const cached = cache[file.name]
    const result = parsed.get(file.name)
    if (!result) return { file, outline: { ...cached!.outline, file: file.file }, cached: cached! }
    // Messages made for this result by `BuildWorkers.parse` (from the worker's plain data): theirs to be given the file.
    for (const issue of result.issues) issue.file = file.file
    issues.push(...result.issues)
    const outline = outlineOf(file.file, result) ?? (cached && { ...cached.outline, file: file.file }) ?? outlineFromFileName(file.file)
    if (!result.entry) {
      failed.add(file.name)
      return { file, outline: { ...outline, title: cached?.outline.title ?? outline.title } }
    }
    return { file, outline, entry: result.entry, ...(cached ? { cached } : {}) }
  })
  const outlines = [...candidates.map((c) => c.outline), ...folder.unreadable.map(({ name, file }) => (cache[name] ? { ...cache[name].outline, file } : outlineFromFileName(file)))]
  return { candidates, outlines, issues, failed }
}
