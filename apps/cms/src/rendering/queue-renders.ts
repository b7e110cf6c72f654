import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { renderedSettingNames } from '@careers/publishing/contract'
import type { CareerPath } from '../payload-types'
import { isDraftSave } from '../upstream/draft-save-flag'
import { queueEntryRender, queueRenderAll } from './render-tasks'

/**
 * Any write of the published document (publish, unpublish, a restored version,
 * a scheduled publish) queues the entry's render, in the write's transaction;
 * the job works out what is public and what else must follow. The publish
 * itself renders nothing.
 */
export const queueRenderOnChange: CollectionAfterChangeHook<CareerPath> = async ({ doc, req, context }) => {
  if (isDraftSave(context)) return doc
  await queueEntryRender(req.payload, doc.id, req)
  return doc
}

/** A deleted entry's records go (by its job, after the delete commits), and the entries linking to it follow. */
export const queueRenderOnDelete: CollectionAfterDeleteHook<CareerPath> = async ({ id, req }) => {
  await queueEntryRender(req.payload, id, req)
}

/** A change to a setting every entry's outputs show (the contract says which) renders every entry again; the others are read per request. */
export const queueRenderOnSettings: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const changed = renderedSettingNames.filter((key) => JSON.stringify(doc?.[key]) !== JSON.stringify(previousDoc?.[key]))
  if (changed.length) await queueRenderAll(req.payload, `settings changed: ${changed.join(', ')}`, req)
  return doc
}
