import { defaultLocale, headingPattern, locales, problem, type Locale, type VFileMessage } from '@careers/career-path'
import type { EntryOutline } from './cross-check.js'

/** How one translation stands against its source: in error, stale, or current. */
export interface TranslationCheck {
  issues: VFileMessage[]
  /** Slugs whose source text changed since the translation was made (or that record no revision). */
  stale: Set<string>
}

/**
 * What only shows against the default locale's entries: a translation of no
 * entry (its slug is not one of theirs), a translation whose source moved on
 * since it was made (stale: a warning), and sections that differ from its
 * source's (an error; only a warning while stale, since the source's change may be what added them).
 */
export function checkTranslations(locale: Locale, outlines: EntryOutline[], sources: ReadonlyMap<string, EntryOutline>): TranslationCheck {
  const issues: VFileMessage[] = []
  const stale = new Set<string>()
  const source = locales[defaultLocale].name
  for (const outline of outlines) {
    const original = sources.get(outline.slug)
    if (!original) {
      issues.push(problem(`no ${source} entry has the slug "${outline.slug}": a translation has the slug of the entry it translates`, { rule: 'translation-source', file: outline.file, line: outline.slugLine }))
      continue
    }
    const line = outline.sourceRevisionLine ?? outline.titleLine ?? 1
    const current = original.revision
    const isStale = current !== undefined && outline.sourceRevision !== current
    if (isStale) {
      stale.add(outline.slug)
      const message =
        outline.sourceRevision === undefined
          ? `translation.source_revision is missing: record the revision of the ${source} text this translates (translation: { source_revision: ${current} })`
          : `stale translation: made from revision ${outline.sourceRevision} of the ${source} entry, which is now at ${current}; bring the translation up to date (or confirm it is), then set translation.source_revision: ${current}`
      issues.push(problem(message, { rule: 'translation-stale', severity: 'warning', file: outline.file, line }))
    }
    if (outline.sections && original.sections) {
      const own = new Set(outline.sections)
      const theirs = new Set(original.sections)
      const missing = original.sections.filter((key) => !own.has(key))
      const extra = outline.sections.filter((key) => !theirs.has(key))
      if (missing.length || extra.length) {
        const named = (keys: typeof missing) => keys.map((key) => `"${headingPattern(locale, key)}"`).join(', ')
        const parts = [missing.length ? `missing ${named(missing)}` : '', extra.length ? `not in the ${source} entry: ${named(extra)}` : ''].filter(Boolean)
        issues.push(
          problem(`sections differ from the ${source} entry's (${original.file}): ${parts.join('; ')}`, {
            rule: 'translation-sections',
            severity: isStale ? 'warning' : 'error',
            file: outline.file,
            line: outline.titleLine ?? 1,
          }),
        )
      }
    }
  }
  return { issues, stale }
}
