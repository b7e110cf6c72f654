import { byFileAndLine, type FileIssue } from './file-issue.js'
import { readContent } from './read-content.js'
import { loadSiteSettings } from './site-settings-file.js'

/**
 * Every problem in every file of a content folder, errors and warnings, sorted
 * by file and line: the entries as `readContent` checks them, and the site settings.
 */
export async function lintContent(contentDir: string): Promise<FileIssue[]> {
  const [content, settings] = await Promise.all([readContent(contentDir), loadSiteSettings(contentDir)])
  return [...settings.issues, ...content.issues].sort(byFileAndLine)
}
