/** A problem found in a source file, placed at its line. */
export interface SourceIssue {
  line: number
  message: string
  severity: 'error' | 'warning'
}

/** `file:line: message`, the form editors and CI annotate. */
export function formatIssue(file: string, issue: SourceIssue): string {
  const tag = issue.severity === 'warning' ? 'warning: ' : ''
  return `${file}:${issue.line}: ${tag}${issue.message}`
}
