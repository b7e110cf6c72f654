import type { CollectionBeforeOperationHook, RequestContext } from 'payload'

/**
 * Whether this write saves a draft (or an autosave): Payload then writes a
 * version only and leaves the published document alone, so nothing public can
 * change and no render is queued.
 *
 * Upstream: Payload 3.90.2's `afterChange` hook is not told whether the
 * operation was a draft save (its arguments are collection, context, data,
 * doc, operation, previousDoc, req); only the operation's arguments say so
 * (`draft`), so `beforeOperation` notes it in the request's context.
 * `upstream-limits.test.ts` fails once `afterChange` is given `draft`.
 */
export const noteDraftSaves: CollectionBeforeOperationHook<'career-paths'> = ({ args, operation, context }) => {
  if (operation === 'create' || operation === 'update') {
    const { data, draft } = args as { data?: { _status?: unknown }; draft?: unknown }
    context.careersDraftSave = Boolean(draft) && data?._status !== 'published'
  }
  return args
}

/** What `noteDraftSaves` noted for this write. */
export function isDraftSave(context: RequestContext): boolean {
  return context.careersDraftSave === true
}
