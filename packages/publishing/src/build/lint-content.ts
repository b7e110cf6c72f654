import { parseMarkdown } from '../markdown/parse-markdown.js'
import { readContentFiles } from './content-files.js'
import { crossCheck, outlineFromFileName, outlineOf, type EntryOutline } from './cross-check.js'
import type { FileIssue } from './file-issue.js'
import { loadSiteSettings } from './site-settings-file.js'

/**
 * Every problem in every file of a content folder, errors and warnings, sorted
 * by file and line: what each file says on its own, the site settings, and what
 * only shows across files (duplicate slugs, related entries that don't exist).
 */
export async function lintContent(contentDir: string): Promise<FileIssue[]> {
  const issues: FileIssue[] = [...(await loadSiteSettings(contentDir)).issues]
  const outlines: EntryOutline[] = []
  for (const { file, text } of await readContentFiles(contentDir)) {
    const parsed = parseMarkdown(text)
    issues.push(...parsed.issues.map((issue) => ({ ...issue, file })))
    const outline = outlineOf(file, parsed) ?? outlineFromFileName(file)
    if (outline) outlines.push(outline)
  }
  issues.push(...crossCheck(outlines).issues)
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
}
