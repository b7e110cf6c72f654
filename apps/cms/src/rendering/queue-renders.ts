import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, GlobalAfterChangeHook } from 'payload'
import { renderedSettingNames } from '@careers/publishing/contract'
import { queueEntryRender, queueRenderAll } from './render-tasks'

/**
 * Whether this write saves a draft (or an autosave): Payload then writes a
 * version only and leaves the published document alone, so nothing public can
 * change. Only the operation's arguments say so (`draft`), hence a note in the
 * request's context for the afterChange hook.
 */
export const noteDraftSaves: CollectionBeforeOperationHook = ({ args, operation, context }) => {
  if (operation === 'create' || operation === 'update') {
    const data = (args as { data?: { _status?: unknown } }).data
    context.careersDraftSave = Boolean((args as { draft?: unknown }).draft) && data?._status !== 'published'
  }
  return args
}

/**
 * Any write of the published document (publish, unpublish, a restored version,
 * a scheduled publish) queues the entry's render, in the write's transaction;
 * the job works out what is public and what else must follow. The publish
 * itself renders nothing.
 */
export const queueRenderOnChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.careersDraftSave) return doc
  await queueEntryRender(req.payload, doc.id, req)
  return doc
}

/** A deleted entry's records go (by its job, after the delete commits), and the entries linking to it follow. */
export const queueRenderOnDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  await queueEntryRender(req.payload, id, req)
}

/** A change to a setting every entry's outputs show (the contract says which) renders every entry again; the others are read per request. */
export const queueRenderOnSettings: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const changed = renderedSettingNames.filter((key) => JSON.stringify(doc?.[key]) !== JSON.stringify(previousDoc?.[key]))
  if (changed.length) await queueRenderAll(req.payload, `settings changed: ${changed.join(', ')}`, req)
  return doc
}
