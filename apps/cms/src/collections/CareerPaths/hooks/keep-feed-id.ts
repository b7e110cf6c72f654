import { entryId } from '@careers/publishing/feed'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import type { CareerPath } from '../../../payload-types'
import { careerPathsSlug } from '../../slugs'

/**
 * Gives an entry its feed id for good on its first write, so a slug renamed
 * later keeps the item's `id` (partners key their copies by it, and
 * `/changes.json` reports a rename as the same item at a new address). The id
 * is the one the feed already showed: made from the slug the entry had when it
 * was first stored (`urn:careers:career-path:<slug>`), read from the main
 * document (the published one; a draft may carry the new slug already). An
 * imported file's own id (or the one its slug makes) is taken as it is. A new
 * id is never one another entry holds: the entry renamed away from this slug
 * kept it.
 */
export const keepFeedId: CollectionBeforeChangeHook<CareerPath> = async ({ data, originalDoc, req }) => {
  const id = originalDoc?.id
  const main =
    id === undefined ? undefined : await req.payload.db.findOne<Pick<CareerPath, 'id' | 'slug' | 'feedId'>>({ collection: careerPathsSlug, where: { id: { equals: id } }, select: { slug: true, feedId: true }, req })
  const slug = main?.slug ?? data.slug
  const wanted: string | undefined = data.feedId || main?.feedId || (typeof slug === 'string' && slug ? entryId({ slug }) : undefined)
  if (wanted) data.feedId = wanted === main?.feedId ? wanted : await unusedFeedId(req, wanted, id)
  return data
}

/**
 * `wanted`, or when another entry holds it already (it was renamed away from
 * this slug and kept its id) `wanted:2`, `wanted:3` …: two items of one feed
 * never share an id, or a partner would take the new entry for the old one
 * moving back. A slug has no colon, so no suffixed id is ever another slug's.
 */
async function unusedFeedId(req: PayloadRequest, wanted: string, self: number | string | undefined): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? wanted : `${wanted}:${n}`
    const holder = await req.payload.db.findOne<Pick<CareerPath, 'id'>>({
      collection: careerPathsSlug,
      where: { and: [{ feedId: { equals: candidate } }, ...(self === undefined ? [] : [{ id: { not_equals: self } }])] },
      select: {},
      req,
    })
    if (!holder) return candidate
  }
}
