import { readFileSync } from 'node:fs'
import type { CareerPath } from '@careers/career-path'
import { parseMarkdown } from '@careers/publishing'

export interface ImportFile {
  file: string
  entry: CareerPath
}

export type Fail = (file: string, line: number, message: string) => void

/** The line of a field (`slug`, `related[2]`) in a content file; 1 when it cannot be told. */
export function lineOf(file: string, field: string): number {
  try {
    return parseMarkdown(readFileSync(file, 'utf8')).lines[field] ?? 1
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
