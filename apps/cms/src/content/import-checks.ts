import { readFileSync } from 'node:fs'
import type { CareerPath, Locale } from '@careers/career-path'
import { parseMarkdown } from '@careers/publishing'

export interface ImportFile {
  file: string
  entry: CareerPath
}

export type Fail = (file: string, line: number, message: string) => void

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
      fail(file, lineOf(file, `related[${index}]`), `related entry "${entry.related[index]}" ${why(entry.related[index]!)}, so this file is not imported either`)
      return false
    })
    if (next.length === kept.length) return kept
    kept = next
  }
}

/**
 * Payload's validation errors carry one message per field: each is a problem of
 * its own, at its field (the model's path, `faqs[0].answer`, which `lineOf` finds).
 */
export function problemsOf(error: unknown): { field?: string; message: string }[] {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  if (!data?.errors?.length) return [{ message: error instanceof Error ? error.message : String(error) }]
  return data.errors.map(({ path: fieldPath, message = 'is not valid' }) => {
    if (!fieldPath) return { message }
    const field = fieldPath.replace(/\.(\d+)(?=\.|$)/g, '[$1]').replace(/^(responsibilities\[\d+\])\.text$/, '$1')
    // The model's messages already start with the field ("definition: link …").
    return { field, message: message.startsWith(`${field}: `) || message.startsWith(`${fieldPath}: `) ? message : `${field}: ${message}` }
  })
}
