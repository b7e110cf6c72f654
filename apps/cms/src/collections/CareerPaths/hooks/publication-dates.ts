import type { CollectionBeforeChangeHook } from 'payload'
import type { CareerPath } from '../../../payload-types'

/** Today as the model writes dates (YYYY-MM-DD, UTC). */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/**
 * On publish: `published` is set once, `updated` moves to today unless the
 * editor set it themselves. An import keeps the file's dates (`context.keepDates`).
 */
export const fillPublicationDates: CollectionBeforeChangeHook<CareerPath> = ({ data, originalDoc, context }) => {
  if (data._status !== 'published' || context.keepDates) return data
  const date = today()
  const next = { ...data }
  if (!next.published) next.published = originalDoc?.published || date
  const editorChangedIt = next.updated && next.updated !== originalDoc?.updated
  if (!editorChangedIt) next.updated = date
  return next
}
