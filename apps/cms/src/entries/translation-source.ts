import { defaultLocale, translationRevision } from '@careers/career-path'
import type { Payload, PayloadRequest } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
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
  // The local API sets the locale it is given on the `req` it is passed: a hook's request would go on
  // in English (a Spanish publish then validated English texts), so the request's own are put back.
  const own = req && { locale: req.locale, fallbackLocale: req.fallbackLocale }
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
  try {
    const main = published === undefined ? await read(false) : published
    return textRevision(main?._status === 'published' ? main : await read(true))
  } finally {
    if (req && own) Object.assign(req, own)
  }
}
