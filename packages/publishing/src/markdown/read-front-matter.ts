import { excerpt } from '@careers/career-path'
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import { frontMatterKeys } from './front-matter.js'
import type { SourceIssue } from './issue.js'

export interface FrontMatter {
  data: Record<string, unknown>
  /** Line of each key in the Markdown file. */
  lines: Record<string, number>
  /** Keys whose problem is already reported here (all of them after a syntax error), so validation need not say it again. */
  reported: Set<string>
}

/**
 * Reads the YAML front matter that starts on `firstLine` (the `---` line).
 * Syntax errors, unknown keys and non-text values become issues at their line.
 */
export function readFrontMatter(yaml: string, firstLine: number, issues: SourceIssue[]): FrontMatter {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number) => firstLine + lineCounter.linePos(offset).line
  for (const error of doc.errors) {
    issues.push({ line: at(error.pos[0]), message: `front matter: ${error.message.split('\n')[0]}`, severity: 'error' })
  }
  const data: Record<string, unknown> = {}
  const lines: Record<string, number> = {}
  const reported = new Set<string>()
  if (doc.errors.length) return { data, lines, reported: new Set(frontMatterKeys) }
  if (!isMap(doc.contents)) {
    issues.push({ line: firstLine, message: 'front matter must be a YAML mapping of keys to values', severity: 'error' })
    return { data, lines, reported: new Set(frontMatterKeys) }
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const line = at(isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0)
    if (!(frontMatterKeys as readonly string[]).includes(key)) {
      issues.push({ line, message: `front matter: unknown key "${excerpt(key)}" (known: ${frontMatterKeys.join(', ')})`, severity: 'error' })
      continue
    }
    let value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null
    // A bare number or date is what an author meant as text ("title: 1984", "updated: 2026-11-01").
    if (typeof value === 'number' || typeof value === 'boolean') value = String(value)
    if (value === null) {
      issues.push({ line, message: `front matter: "${excerpt(key)}" has no value`, severity: 'error' })
      reported.add(key)
      continue
    }
    data[key] = value
    lines[key] = line
  }
  return { data, lines, reported }
}
