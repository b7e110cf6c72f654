import { createBuildWorkers } from './build-workers.js'
import { readContentFiles } from './content-files.js'
import { crossCheck } from './cross-check.js'
import { byFileAndLine, type FileIssue } from './file-issue.js'
import { readEntries } from './read-entries.js'
import { loadSiteSettings } from './site-settings-file.js'

/**
 * Every problem in every file of a content folder, errors and warnings, sorted
 * by file and line: what each file says on its own, the site settings, files
 * that can't be read, and what only shows across files (duplicate slugs,
 * related entries that don't exist). The same reading as the build's, in this thread.
 */
export async function lintContent(contentDir: string): Promise<FileIssue[]> {
  const folder = await readContentFiles(contentDir)
  const read = await readEntries(folder, {}, () => createBuildWorkers(0))
  const issues = [
    ...(await loadSiteSettings(contentDir)).issues,
    ...folder.issues,
    ...read.issues,
    ...crossCheck(read.outlines).issues,
  ]
  return issues.sort(byFileAndLine)
}
