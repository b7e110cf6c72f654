import { localeFormNames, localeOf, type CareerPath } from '@careers/career-path'
import { Document, isSeq } from 'yaml'

/** The front-matter keys, in the order they are written. */
export const frontMatterKeys = ['id', 'title', 'forms', 'slug', 'tags', 'occupationCode', 'published', 'updated', 'translation'] as const
export type FrontMatterKey = (typeof frontMatterKeys)[number]

/**
 * Entry metadata as YAML, keys in canonical order, tags as a flow list. A
 * translation's forms of the title follow the title, in the order its
 * locale's headings use them; what it was translated from comes last, as
 * `translation: { source_revision: … }`. The locale is not written: the
 * file's folder says it.
 */
export function frontMatterYaml(entry: CareerPath): string {
  const data: Record<string, unknown> = {}
  for (const key of frontMatterKeys) {
    const value = entry[key]
    if (value === undefined) continue
    if (key === 'forms') data.forms = orderedForms(entry, value as Record<string, string>)
    else if (key === 'translation') data.translation = { source_revision: (value as { sourceRevision: string }).sourceRevision }
    else data[key] = value
  }
  const doc = new Document(data)
  const tags = doc.get('tags', true)
  if (isSeq(tags)) tags.flow = true
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd()
}

/** The locale's forms first in its own order, then any other by name (lint refuses those, but what is written is what was given). */
function orderedForms(entry: CareerPath, forms: Record<string, string>): Record<string, string> {
  const known = localeFormNames(localeOf(entry))
  const names = [
    ...known.filter((n) => Object.hasOwn(forms, n)),
    ...Object.keys(forms)
      .filter((n) => !known.includes(n))
      .sort(),
  ]
  return Object.fromEntries(names.map((n) => [n, forms[n]!]))
}
