import { readFileSync } from 'node:fs'
import { placed, problem, type CareerPath, type Locale, type VFileMessage } from '@careers/career-path'
import { parseMarkdown } from '@careers/publishing'
import { toModelPath } from '../entries/field-paths'

export interface ImportFile {
  file: string
  entry: CareerPath
}

/** Records a file's problem: the file is not imported. */
export type Fail = (problem: VFileMessage) => void

/** The line of a field (`slug`, `related[2]`) in a content file (of `locale`'s folder); 1 when it cannot be told. */
export function lineOf(file: string, field: string, locale?: Locale): number {
  try {
    return parseMarkdown(readFileSync(file, 'utf8'), locale ? { locale } : {}).lines[field] ?? 1
  } catch {
    return 1
  }
}

/**
 * Files linking to an entry that will not exist (its own file is not imported,
 * and the CMS has no such entry) fail at the link's line, and so, in turn, do
 * the files linking to them: a file is imported with all its links or not at all.
 */
export function withoutLostLinks(files: ImportFile[], exists: (slug: string) => boolean, fail: Fail, why: (slug: string) => string): ImportFile[] {
  let kept = files
  for (;;) {
    const slugs = new Set(kept.map((f) => f.entry.slug))
    const next = kept.filter(({ file, entry }) => {
      const index = entry.related.findIndex((slug) => !slugs.has(slug) && !exists(slug))
      if (index < 0) return true
      fail(problem(`related entry "${entry.related[index]}" ${why(entry.related[index]!)}, so this file is not imported either`, { rule: 'broken-link', file, line: lineOf(file, `related[${index}]`) }))
      return false
    })
    if (next.length === kept.length) return kept
    kept = next
  }
}

/**
 * Why the CMS refused a file's entry, as that file's problems. Payload's
 * validation errors carry one message per field: each is a problem of its own,
 * at its field (the model's path, `faqs[0].answer`) and the line `lineAt` finds
 * for it; any other failure is one problem, at `lineAt(undefined)`.
 */
export function problemsOf(error: unknown, file: string, lineAt: (field: string | undefined) => number): VFileMessage[] {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  if (!data?.errors?.length) return [problem(error instanceof Error ? error.message : String(error), { rule: 'import-failed', file, line: lineAt(undefined) })]
  return data.errors.map(({ path: fieldPath, message = 'is not valid' }) => {
    if (!fieldPath) return problem(message, { rule: 'cms-refused', file, line: lineAt(undefined) })
    const field = toModelPath(fieldPath)
    return placed(problem(message, { rule: 'cms-refused', field }), { file, line: lineAt(field) })
  })
}
