/** A problem found in a source file, placed at its line. */
export interface SourceIssue {
  line: number
  message: string
  severity: 'error' | 'warning'
  /** Which check found it, for the problems of translations (`missing-form`, `translation-stale` …). */
  rule?: string
}

/** `file:line: message`, the form editors and CI annotate. */
export function formatIssue(file: string, issue: SourceIssue): string {
  const tag = issue.severity === 'warning' ? 'warning: ' : ''
  return `${file}:${issue.line}: ${tag}${issue.message}`
}
