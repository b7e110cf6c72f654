import { formatIssue, type SourceIssue } from '../markdown/issue.js'

/** A problem in one file of the content folder. */
export interface FileIssue extends SourceIssue {
  /** Path as the user wrote it (relative to where they ran the command). */
  file: string
}

/** `file:line: message`, the form editors and CI annotate. */
export const formatFileIssue = (issue: FileIssue): string => formatIssue(issue.file, issue)

/** The order problems are listed in: by file, then line. */
export const byFileAndLine = (a: FileIssue, b: FileIssue): number => a.file.localeCompare(b.file) || a.line - b.line
