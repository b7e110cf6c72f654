import type { CareerPath } from '@careers/career-path'
import { createBuildWorkers } from './build-workers.js'
import { readContentFiles } from './content-files.js'
import { crossCheck } from './cross-check.js'
import { byFileAndLine, type FileIssue } from './file-issue.js'
import { readEntries } from './read-entries.js'

export interface ContentEntries {
  /** The entries that may be published: their file has no error, on its own or across files. */
  entries: { file: string; entry: CareerPath }[]
  /** Every problem, errors and warnings, by file and line. */
  issues: FileIssue[]
}

/**
 * A content folder's entries, read and checked the way lint and the build read
 * them (in this thread): what each file says, files that can't be read, and
 * what only shows across files (duplicate slugs, links to entries that don't exist).
 */
export async function readContent(contentDir: string): Promise<ContentEntries> {
  const folder = await readContentFiles(contentDir)
  const read = await readEntries(folder, {}, () => createBuildWorkers(0))
  const cross = crossCheck(read.outlines).issues
  const issues = [...folder.issues, ...read.issues, ...cross].sort(byFileAndLine)
  const broken = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.file))
  const entries = read.candidates.flatMap((c) => (c.entry && !broken.has(c.file.file) ? [{ file: c.file.file, entry: c.entry }] : []))
  return { entries, issues }
}
