import { entryId } from '@careers/publishing/feed'
import type { CollectionBeforeChangeHook } from 'payload'
import { careerPathsSlug } from '../collections/slugs'

/**
 * Gives an entry its feed id for good on its first write, so a slug renamed
 * later keeps the item's `id` (partners key their copies by it, and
 * `/changes.json` reports a rename as the same item at a new address). The id
 * is the one the feed already showed: made from the slug the entry had when it
 * was first stored (`urn:careers:career-path:<slug>`), read from the main
 * document (the published one; a draft may carry the new slug already). An
 * imported file's own id is kept as it is.
 */
export const keepFeedId: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data.feedId) return data
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  const main =
    id === undefined
      ? undefined
      : await req.payload.db.findOne<{ id: number | string; slug?: string; feedId?: string | null }>({ collection: careerPathsSlug, where: { id: { equals: id } }, select: { slug: true, feedId: true }, req })
  const slug = main?.feedId ? undefined : (main?.slug ?? data.slug)
  if (main?.feedId) data.feedId = main.feedId
  else if (typeof slug === 'string' && slug) data.feedId = entryId({ slug })
  return data
}
