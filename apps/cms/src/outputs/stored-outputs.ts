import { createHash } from 'node:crypto'
import type { CareerPath } from '@careers/career-path'
import { rendererVersion, type CareerPathFeedItem, type SiteSettings } from '@careers/publishing'
import type { Payload, PayloadRequest } from 'payload'
import { renderedOutputsSlug } from '../collections/slugs'
import { loadOutputRenderer } from './renderers'

export interface StoredOutputs {
  /** Content hash: the ETag of the entry's files. */
  hash: string
  markdown: string
  json: string
  pdf: Uint8Array
  feedItem: CareerPathFeedItem
}

export interface RenderInput {
  entry: CareerPath
  site: SiteSettings
  relatedTitles: Record<string, string>
}

/** Everything the outputs depend on, hashed: same inputs, same stored bytes. */
export function outputsHash({ entry, site, relatedTitles }: RenderInput): string {
  return createHash('sha256').update(JSON.stringify([rendererVersion, entry, site, relatedTitles])).digest('base64url')
}

interface Store {
  payload: Payload
  req?: Partial<PayloadRequest>
}

export type StoredFile = 'markdown' | 'json' | 'pdf' | 'feedItem'

/** The stored outputs for these inputs, if they were rendered before. */
export async function findStoredOutputs({ payload, req }: Store, hash: string): Promise<StoredOutputs | undefined> {
  const doc = await findStoredRow({ payload, req }, hash)
  return doc ? fromRow(hash, doc) : undefined
}

/**
 * One stored output of the published entry, rendering and storing all of them
 * when none are stored for these inputs. Reads only that output's column: a
 * Markdown request or the feed does not fetch the handouts.
 */
export async function storedFile<F extends StoredFile>(store: Store, input: RenderInput, file: F): Promise<StoredOutputs[F]> {
  const hash = outputsHash(input)
  const row = await findStoredRow(store, hash, { [file]: true })
  if (row?.[file] === undefined || row[file] === null) return (await storedOutputs(store, input))[file]
  return (file === 'pdf' ? Buffer.from(row[file], 'base64') : row[file]) as StoredOutputs[F]
}

function fromRow(hash: string, doc: Record<string, any>): StoredOutputs {
  return { hash, markdown: doc.markdown, json: doc.json, pdf: Buffer.from(doc.pdf, 'base64'), feedItem: doc.feedItem }
}

async function findStoredRow({ payload, req }: Store, hash: string, select?: Record<string, true>): Promise<Record<string, any> | undefined> {
  const { docs } = await payload.find({
    collection: renderedOutputsSlug,
    where: { hash: { equals: hash } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    ...(select ? { select } : {}),
    ...(req ? { req } : {}),
  })
  return docs[0] as Record<string, any> | undefined
}

/**
 * Readers' renders in flight, by content hash. On `globalThis`: Next loads each
 * route's modules (and the instrumentation's) separately, and the feed and a
 * handout request may miss the same hash at once.
 */
const flights = globalThis as typeof globalThis & { careersRenderFlights?: Map<string, Promise<StoredOutputs>> }

/**
 * Stored outputs for the inputs, rendering and storing them when none are stored.
 * Readers who miss the same hash at once share one render (single flight): twenty
 * requests for a handout nobody has rendered since the settings changed render it
 * once, not twenty times on the server's one thread. A publish (`req`, its
 * transaction) renders on its own, never waiting on a reader's flight that may be
 * waiting on its transaction. Two servers rendering the same hash at once both
 * succeed: the unique hash keeps one row, and the loser serves what it rendered.
 * Older renders of the same slug are removed once the new one is stored.
 */
export async function storedOutputs(store: Store, input: RenderInput): Promise<StoredOutputs> {
  const hash = outputsHash(input)
  if (store.req) return renderAndStore(store, input, hash)
  const inFlight = (flights.careersRenderFlights ??= new Map())
  const joined = inFlight.get(hash)
  if (joined) return joined
  const flight = renderAndStore(store, input, hash).finally(() => inFlight.delete(hash))
  inFlight.set(hash, flight)
  return flight
}

async function renderAndStore(store: Store, input: RenderInput, hash: string): Promise<StoredOutputs> {
  const found = await findStoredOutputs(store, hash)
  if (found) return found
  const { renderEntryOutputs } = await loadOutputRenderer()
  const rendered = await renderEntryOutputs(input)
  const outputs: StoredOutputs = { hash, markdown: rendered.markdown, json: rendered.json, pdf: rendered.pdf, feedItem: rendered.feedItem }
  const { payload, req } = store
  try {
    await payload.create({
      collection: renderedOutputsSlug,
      data: {
        hash,
        slug: input.entry.slug,
        markdown: outputs.markdown,
        json: outputs.json,
        pdf: Buffer.from(outputs.pdf).toString('base64'),
        feedItem: outputs.feedItem as unknown as Record<string, unknown>,
      },
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
    await payload.delete({
      collection: renderedOutputsSlug,
      where: { and: [{ slug: { equals: input.entry.slug } }, { hash: { not_equals: hash } }] },
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
  } catch (error) {
    // Another server stored the same hash first: what it stored is what we rendered.
    if (!(await findStoredOutputs(store, hash))) throw error
  }
  return outputs
}
