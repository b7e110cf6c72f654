import { basename } from 'node:path'
import { sections, slugPattern, translationRevision, type SectionKey } from '@careers/career-path'
import type { ParsedMarkdown } from '../markdown/parse-markdown.js'
import { problem, type VFileMessage } from '@careers/career-path'

/** What the checks across files need of one entry; cached in the build manifest. */
export interface EntryOutline {
  file: string
  slug: string
  title: string
  related: string[]
  /** Lines of the slug and of each related link, for messages. */
  slugLine: number
  relatedLines: number[]
  /** The sections the file has, in the model's order, and the line of the page title (where a missing one is said). */
  sections?: SectionKey[]
  titleLine?: number
  /** The revision of its translatable text (`translationRevision`): what a translation of it records. */
  revision?: string
  /** A translation's record of its source's revision, and its line. */
  sourceRevision?: string
  sourceRevisionLine?: number
}

/**
 * Problems no single file shows: two files with one slug (the file named after
 * the slug keeps it, else the first), related links to entries that don't exist, a file not named
 * after its slug. Returns the issues and the entries that may be built.
 */
export function crossCheck(outlines: EntryOutline[]): { issues: VFileMessage[]; accepted: EntryOutline[] } {
  const issues: VFileMessage[] = []
  const bySlug = new Map<string, EntryOutline>()
  const accepted: EntryOutline[] = []
  const ownsName = (o: EntryOutline) => (basename(o.file) === `${o.slug}.md` ? 0 : 1)
  for (const outline of [...outlines].sort((a, b) => ownsName(a) - ownsName(b))) {
    const first = bySlug.get(outline.slug)
    if (first) {
      issues.push(problem(`slug "${outline.slug}" is already used by ${first.file}`, { rule: 'duplicate-slug', file: outline.file, line: outline.slugLine }))
      continue
    }
    bySlug.set(outline.slug, outline)
    accepted.push(outline)
  }
  for (const outline of accepted) {
    if (basename(outline.file) !== `${outline.slug}.md`) {
      issues.push(problem(`file name should be ${outline.slug}.md to match the slug`, { rule: 'file-name', severity: 'warning', file: outline.file, line: outline.slugLine }))
    }
    outline.related.forEach((slug, i) => {
      if (!bySlug.has(slug)) {
        issues.push(problem(`related entry "${slug}" does not exist (no entry has that slug)`, { rule: 'broken-link', file: outline.file, line: outline.relatedLines[i] ?? 1 }))
      }
    })
  }
  return { issues, accepted }
}

/** The outline of a parsed file, or none when it has no usable slug (one that is not a slug at all is not usable). */
export function outlineOf(file: string, parsed: ParsedMarkdown): EntryOutline | undefined {
  const { draft, lines } = parsed
  if (typeof draft.slug !== 'string' || !slugPattern.test(draft.slug)) return undefined
  const related = Array.isArray(draft.related) ? draft.related.filter((r): r is string => typeof r === 'string') : []
  // Read from the draft: a translation with an error elsewhere still says which revision it translates.
  const recorded = (draft.translation as { sourceRevision?: unknown } | undefined)?.sourceRevision
  return {
    file,
    slug: draft.slug,
    title: typeof draft.title === 'string' ? draft.title : draft.slug,
    related,
    slugLine: lines.slug ?? 1,
    relatedLines: related.map((_, i) => lines[`related[${i}]`] ?? 1),
    sections: sectionKeys.filter((key) => lines[key] !== undefined),
    titleLine: lines.title ?? 1,
    ...(parsed.entry ? { revision: translationRevision(parsed.entry) } : {}),
    ...(typeof recorded === 'string' ? { sourceRevision: recorded, sourceRevisionLine: lines['translation.source_revision'] ?? lines.translation ?? 1 } : {}),
  }
}

const sectionKeys = sections.map((s) => s.key)

/** A broken file whose slug can't be read is still taken to be the entry its name says. */
export function outlineFromFileName(file: string): EntryOutline {
  const slug = basename(file, '.md')
  return { file, slug, title: slug, related: [], slugLine: 1, relatedLines: [] }
}
