import type { CareerPath } from '@careers/career-path'
import { Document, isSeq } from 'yaml'

/** The front-matter keys, in the order they are written. */
export const frontMatterKeys = ['id', 'title', 'slug', 'tags', 'occupationCode', 'published', 'updated'] as const
export type FrontMatterKey = (typeof frontMatterKeys)[number]

/** Entry metadata as YAML, keys in canonical order, tags as a flow list. */
export function frontMatterYaml(entry: CareerPath): string {
  const data: Record<string, unknown> = {}
  for (const key of frontMatterKeys) {
    if (entry[key] !== undefined) data[key] = entry[key]
  }
  const doc = new Document(data)
  const tags = doc.get('tags', true)
  if (isSeq(tags)) tags.flow = true
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd()
}
