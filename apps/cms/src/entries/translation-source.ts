import { defaultLocale, translationRevision } from '@careers/career-path'
import type { Payload, PayloadRequest } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { keepingRequestLocale } from '../upstream/keep-request-locale'
import { documentToEntry, type CareerPathDocument } from './document-entry'

/** The revision of a document's translatable text (`translationRevision`), or undefined when it has none yet or cannot be read. */
export function textRevision(doc: CareerPathDocument | null | undefined): string | undefined {
  if (!doc?.title) return undefined
  try {
    return translationRevision(documentToEntry(doc, () => undefined))
  } catch {
    // Rich text the model cannot hold: the save or render names the field; no revision meanwhile.
    return undefined
  }
}

/**
 * The revision of the text translations of an entry are made from: the
 * default locale's published text, or its newest draft while it has never
 * been published. `published` is that locale's main document when the caller
 * has read it already; `req` keeps the read in the caller's transaction.
 */
export async function sourceRevision(payload: Payload, entryId: number | string, published?: CareerPathDocument | null, req?: Partial<PayloadRequest>): Promise<string | undefined> {
  const read = (draft: boolean) =>
    payload.findByID({
      collection: careerPathsSlug,
      id: entryId,
      locale: defaultLocale,
      draft,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      ...(req ? { req } : {}),
    }) as Promise<CareerPathDocument | null>
  // A hook's request goes on in its own locale after these English reads.
  return keepingRequestLocale(req, async () => {
    const main = published === undefined ? await read(false) : published
    return textRevision(main?._status === 'published' ? main : await read(true))
  })
}
