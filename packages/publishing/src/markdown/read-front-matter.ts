import { excerpt, problem, type VFileMessage } from '@careers/career-path'
import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml'
import { frontMatterKeys } from './front-matter.js'

export interface FrontMatter {
  data: Record<string, unknown>
  /** Line of each key in the Markdown file (`forms.genitive` too). */
  lines: Record<string, number>
  /** Keys whose problem is already reported here (all of them after a syntax error), so validation need not say it again. */
  reported: Set<string>
}

/** Keys whose value is a mapping of names to text, and the names each allows (none listed: any name). */
const mappings: Record<string, { names?: string[]; toModel: (map: Record<string, string>) => unknown }> = {
  forms: { toModel: (map) => map },
  translation: { names: ['source_revision'], toModel: (map) => ({ sourceRevision: map.source_revision }) },
}

/**
 * Reads the YAML front matter that starts on `firstLine` (the `---` line).
 * Syntax errors, unknown keys and non-text values become issues at their line.
 */
export function readFrontMatter(yaml: string, firstLine: number, issues: VFileMessage[]): FrontMatter {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number) => firstLine + lineCounter.linePos(offset).line
  for (const error of doc.errors) {
    issues.push(problem(`front matter: ${error.message.split('\n')[0]}`, { rule: 'front-matter-syntax', line: at(error.pos[0]) }))
  }
  const data: Record<string, unknown> = {}
  const lines: Record<string, number> = {}
  const reported = new Set<string>()
  if (doc.errors.length) return { data, lines, reported: new Set(frontMatterKeys) }
  if (!isMap(doc.contents)) {
    issues.push(problem('front matter must be a YAML mapping of keys to values', { rule: 'front-matter-shape', line: firstLine }))
    return { data, lines, reported: new Set(frontMatterKeys) }
  }
  const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key))
  const lineOf = (pair: Pair) => at(isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0)
  for (const pair of doc.contents.items) {
    const key = keyOf(pair)
    const line = lineOf(pair)
    if (!(frontMatterKeys as readonly string[]).includes(key)) {
      issues.push(problem(`front matter: unknown key "${excerpt(key)}" (known: ${frontMatterKeys.join(', ')})`, { rule: 'unknown-key', line }))
      continue
    }
    const mapping = mappings[key]
    if (mapping) {
      lines[key] = line
      const before = issues.length
      if (!isMap(pair.value)) {
        reported.add(key)
        issues.push(problem(`front matter: "${key}" must be a mapping (${key}: { ${mapping.names?.[0] ?? 'name'}: … })`, { rule: 'front-matter-shape', line }))
        continue
      }
      const map: Record<string, string> = {}
      for (const inner of pair.value.items) {
        const name = keyOf(inner)
        const innerLine = lineOf(inner)
        lines[`${key}.${name}`] = innerLine
        const value = scalarText(inner.value)
        if (mapping.names && !mapping.names.includes(name)) {
          issues.push(problem(`front matter: unknown key "${key}.${excerpt(name)}" (known: ${mapping.names.join(', ')})`, { rule: 'unknown-key', line: innerLine }))
        } else if (value === undefined || value.trim() === '') {
          issues.push(problem(`front matter: "${key}.${excerpt(name)}" must be text`, { rule: 'front-matter-shape', line: innerLine }))
        } else {
          map[name] = value
        }
      }
      for (const name of mapping.names ?? []) {
        if (!Object.hasOwn(map, name) && !issues.some((i) => i.message.includes(`"${key}.${name}"`))) {
          issues.push(problem(`front matter: "${key}" needs "${name}"`, { rule: 'required', line }))
        }
      }
      if (issues.length > before) reported.add(key)
      data[key] = mapping.toModel(map)
      continue
    }
    let value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null
    // A bare number or date is what an author meant as text ("title: 1984", "updated: 2026-11-01").
    if (typeof value === 'number' || typeof value === 'boolean') value = String(value)
    if (value === null) {
      issues.push(problem(`front matter: "${excerpt(key)}" has no value`, { rule: 'required', line }))
      reported.add(key)
      continue
    }
    data[key] = value
    lines[key] = line
  }
  return { data, lines, reported }
}

/** A scalar's text as written: a bare number stays the digits it was (a revision of only digits). */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined
  if (typeof node.value === 'string') return node.value
  if (typeof node.value === 'number' || typeof node.value === 'boolean') return node.source ?? String(node.value)
  return undefined
}
