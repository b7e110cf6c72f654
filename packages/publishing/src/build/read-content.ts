import { byFileAndLine, defaultLocale, isError, type CareerPath, type Locale, type VFileMessage } from '@careers/career-path'
import { createBuildWorkers } from './build-workers.js'
import { readContentFiles } from './content-files.js'
import { crossCheck, type EntryOutline } from './cross-check.js'
import { readEntries } from './read-entries.js'
import { checkTranslations } from './translation-check.js'

export interface ContentEntries {
  /** The entries that may be published: their file has no error, on its own or across files. */
  entries: { file: string; entry: CareerPath }[]
  /** Every problem, errors and warnings, by file and line. */
  issues: VFileMessage[]
  /** Every file's outline, for checking translations against these entries. */
  outlines: EntryOutline[]
  /** Translations whose source moved on since they were made. */
  stale: Set<string>
}

/**
 * A content folder's entries, read and checked the way lint and the build read
 * them (in this thread): what each file says, files that can't be read, and
 * what only shows across files (duplicate slugs, links to entries that don't exist).
 * A locale other than the default is its folder's translations, checked
 * against `sources`, the default locale's outlines.
 */
export async function readContent(contentDir: string, locale: Locale = defaultLocale, sources?: ReadonlyMap<string, EntryOutline>): Promise<ContentEntries> {
  const folder = await readContentFiles(contentDir, locale)
  const read = await readEntries(folder, {}, () => createBuildWorkers(0), locale)
  const cross = crossCheck(read.outlines).issues
  const translations = locale === defaultLocale ? { issues: [], stale: new Set<string>() } : checkTranslations(locale, read.outlines, sources ?? new Map())
  const issues = [...folder.issues, ...read.issues, ...cross, ...translations.issues].sort(byFileAndLine)
  const broken = new Set(issues.filter(isError).map((i) => i.file))
  const entries = read.candidates.flatMap((c) => (c.entry && !broken.has(c.file.file) ? [{ file: c.file.file, entry: c.entry }] : []))
  return { entries, issues, outlines: read.outlines, stale: translations.stale }
}
