import type { CareerPath, Locale } from '@careers/career-path'
import type { Payload, PayloadRequest, Where } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { documentToEntry, relationId, type CareerPathDocument } from './document-entry'

/** An entry as the publishing package takes it, with the titles its related links show. */
export interface PublishedEntry {
  entry: CareerPath
  /** Titles of the entry's (published) related entries, by slug. */
  relatedTitles: Record<string, string>
}

/** Slug and title of documents, by id (as a string): what related links resolve to. */
export type Names = Map<string, { slug: string; title: string }>

interface Lookup {
  payload: Payload
  req?: Partial<PayloadRequest>
  /** The locale whose texts and status are read (each locale is published on its own); absent, the default. */
  locale?: Locale
}

/**
 * Published documents only, whoever asks: `draft: false` reads the main
 * document, which a newer draft or autosave never touches, and the status
 * condition leaves out entries never published (or unpublished).
 */
export function publishedDocuments(lookup: Lookup, where?: Where): Promise<CareerPathDocument[]> {
  return findDocuments(lookup, { and: [{ _status: { equals: 'published' } }, ...(where ? [where] : [])] }, false)
}

/** Every matching document at depth 0; `draft` reads each one's newest version. */
async function findDocuments({ payload, req, locale }: Lookup, where: Where, draft: boolean): Promise<CareerPathDocument[]> {
  const { docs } = await payload.find({ collection: careerPathsSlug, where, draft, depth: 0, limit: 0, pagination: false, overrideAccess: true, ...(req ? { req } : {}), ...(locale ? { locale } : {}) })
  return docs
}

function namesOf(docs: CareerPathDocument[]): Names {
  return new Map(docs.map((d) => [String(d.id), { slug: d.slug ?? '', title: d.title ?? '' }]))
}

/** Slug and title of the published documents `doc` links to, by id. */
export async function publishedRelatedNames(lookup: Lookup, doc: CareerPathDocument): Promise<Names> {
  const ids = (doc.related ?? []).map(relationId)
  return ids.length ? namesOf(await publishedDocuments(lookup, { id: { in: ids } })) : new Map()
}

/** One document as a published entry, its related links narrowed to published entries (`names`, when already read). */
export async function toPublishedEntry(lookup: Lookup, doc: CareerPathDocument, names?: Names): Promise<PublishedEntry> {
  return withNames(doc, names ?? (await publishedRelatedNames(lookup, doc)), lookup.locale)
}

/**
 * The version an editor is working on as an entry, its related links resolved
 * against every document, drafts included (what the editor sees in the admin).
 */
export async function toCurrentEntry(lookup: Lookup, doc: CareerPathDocument): Promise<PublishedEntry> {
  const ids = (doc.related ?? []).map(relationId)
  return withNames(doc, ids.length ? namesOf(await findDocuments(lookup, { id: { in: ids } }, true)) : new Map(), lookup.locale)
}

function withNames(doc: CareerPathDocument, names: Names, locale?: Locale): PublishedEntry {
  const entry = documentToEntry(doc, (id) => names.get(String(id))?.slug, locale)
  const relatedTitles: Record<string, string> = {}
  for (const related of doc.related ?? []) {
    const name = names.get(String(relationId(related)))
    if (name) relatedTitles[name.slug] = name.title
  }
  return { entry, relatedTitles }
}

/** The published entry at `slug`, or undefined when there is none (or only a draft). */
export async function publishedEntry(lookup: Lookup, slug: string): Promise<PublishedEntry | undefined> {
  const [doc] = await publishedDocuments(lookup, { slug: { equals: slug } })
  return doc ? toPublishedEntry(lookup, doc) : undefined
}

/** Every published entry, with one query for all their names. */
export async function allPublishedEntries(lookup: Lookup): Promise<PublishedEntry[]> {
  const docs = await publishedDocuments(lookup)
  const names = namesOf(docs)
  return docs.map((doc) => withNames(doc, names, lookup.locale))
}

/**
 * The newest version (draft or autosave) of the entry with `id`, as the editor
 * sees it, for live preview. By id, because a draft's slug follows its title as
 * the editor types. Read under the readers' access rules with the lookup's
 * user: staff get the newest version, anyone else the published one (or none).
 */
export async function currentEntry(lookup: Lookup, id: string): Promise<PublishedEntry | undefined> {
  const { payload, req, locale } = lookup
  const { docs } = await payload.find({
    collection: careerPathsSlug,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    ...(req ? { req } : {}),
    ...(locale ? { locale } : {}),
  })
  const [doc] = docs
  return doc ? toCurrentEntry(lookup, doc) : undefined
}
