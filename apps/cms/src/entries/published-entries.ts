import type { CareerPath } from '@careers/career-path'
import type { Payload, PayloadRequest } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { documentToEntry, relationId, type CareerPathDocument } from './document-entry'

export interface PublishedEntry {
  entry: CareerPath
  /** Titles of the entry's (published) related entries, by slug. */
  relatedTitles: Record<string, string>
  updatedAt: string | undefined
}

interface Lookup {
  payload: Payload
  req?: Partial<PayloadRequest>
}

/**
 * Published documents only, whoever asks: `draft: false` reads the main
 * document, which a newer draft or autosave never touches, and the status
 * condition leaves out entries never published (or unpublished).
 */
export async function publishedDocuments({ payload, req }: Lookup, where?: Record<string, unknown>): Promise<CareerPathDocument[]> {
  const { docs } = await payload.find({
    collection: careerPathsSlug,
    where: { and: [{ _status: { equals: 'published' } }, ...(where ? [where] : [])] },
    draft: false,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  } as Parameters<Payload['find']>[0])
  return docs as unknown as CareerPathDocument[]
}

/** Slugs and titles of published documents, by id: what related links may point to. */
export async function publishedNames(lookup: Lookup, ids?: (number | string)[]): Promise<Map<string, { slug: string; title: string }>> {
  if (ids && ids.length === 0) return new Map()
  const docs = await publishedDocuments(lookup, ids ? { id: { in: ids } } : undefined)
  return new Map(docs.map((d) => [String(d.id), { slug: d.slug ?? '', title: d.title ?? '' }]))
}

/** One document as a published entry, its related links narrowed to published entries. */
export async function toPublishedEntry(lookup: Lookup, doc: CareerPathDocument): Promise<PublishedEntry> {
  const names = await publishedNames(lookup, (doc.related ?? []).map(relationId))
  return withNames(doc, names)
}

export function withNames(doc: CareerPathDocument, names: Map<string, { slug: string; title: string }>): PublishedEntry {
  const entry = documentToEntry(doc, (id) => names.get(String(id))?.slug)
  const relatedTitles: Record<string, string> = {}
  for (const related of doc.related ?? []) {
    const name = names.get(String(relationId(related)))
    if (name) relatedTitles[name.slug] = name.title
  }
  return { entry, relatedTitles, updatedAt: doc.updatedAt }
}

/** The published entry at `slug`, or undefined when there is none (or only a draft). */
export async function publishedEntry(lookup: Lookup, slug: string): Promise<PublishedEntry | undefined> {
  const [doc] = await publishedDocuments(lookup, { slug: { equals: slug } })
  return doc ? toPublishedEntry(lookup, doc) : undefined
}

/** Every published entry, with one query for all their names. */
export async function allPublishedEntries(lookup: Lookup): Promise<PublishedEntry[]> {
  const docs = await publishedDocuments(lookup)
  const names = new Map(docs.map((d) => [String(d.id), { slug: d.slug ?? '', title: d.title ?? '' }]))
  return docs.map((doc) => withNames(doc, names))
}
