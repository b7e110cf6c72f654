import { VFileMessage } from 'vfile-message'
import { formatIssue, type SourceIssue } from '../markdown/issue.js'

/** A problem in one file of the content folder. */
export interface FileIssue extends SourceIssue {
  /** Path as the user wrote it (relative to where they ran the command). */
  file: string
}

/** `file:line: message`, the form editors and CI annotate. */
export const formatFileIssue = (issue: FileIssue): string => formatIssue(issue.file, issue)

/**
 * The issue as a `vfile-message` (file, line, rule, source `careers`; fatal
 * for an error), the unified collective's one problem type, for tools that
 * report with `vfile-reporter` or annotate editors.
 */
export function toVFileMessage(issue: FileIssue): VFileMessage {
  const message = new VFileMessage(issue.message, { place: { line: issue.line, column: 1 }, source: 'careers', ...(issue.rule ? { ruleId: issue.rule } : {}) })
  message.file = issue.file
  message.fatal = issue.severity === 'error'
  return message
}

/** The order problems are listed in: by file, then line. */
export const byFileAndLine = (a: FileIssue, b: FileIssue): number => a.file.localeCompare(b.file) || a.line - b.line
