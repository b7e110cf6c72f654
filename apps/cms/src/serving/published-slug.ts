import type { Payload } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { defaultLocale, type Locale } from '@careers/career-path'

/**
 * Whether `slug` is a published entry: asked only when its file is missing,
 * to tell "not rendered yet" (503, try again shortly) from "no such entry" (404).
 */
export async function isPublishedSlug(payload: Payload, slug: string, locale: Locale = defaultLocale): Promise<boolean> {
  // `_status` is per locale: published in this one.
  const doc = await payload.db.findOne({ collection: careerPathsSlug, locale, where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] }, select: {} })
  return Boolean(doc)
}
