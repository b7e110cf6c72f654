import type { SourceIssue } from '../markdown/issue.js'

/** A problem in one file of the content folder. */
export interface FileIssue extends SourceIssue {
  /** Path as the user wrote it (relative to where they ran the command). */
  file: string
}

export function formatFileIssue(issue: FileIssue): string {
  const tag = issue.severity === 'warning' ? 'warning: ' : ''
  return `${issue.file}:${issue.line}: ${tag}${issue.message}`
}

export const hasErrors = (issues: readonly SourceIssue[]) => issues.some((i) => i.severity === 'error')
