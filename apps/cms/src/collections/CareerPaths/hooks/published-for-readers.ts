import type { CollectionBeforeOperationHook } from 'payload'
import { isStaff } from '../../../access/roles'

/**
 * Set as the `context` of a local-API read by server code that shows drafts to
 * staff without a signed-in `req.user` of its own (the admin's Languages column,
 * the render's source revision). Only server code can set a request's context.
 */
export const draftsForServer = { draftsForServer: true } as const

/**
 * A reader who asks for drafts (`?draft=true`, GraphQL `draft: true`) gets the
 * published version, as everyone else does: without this, Payload would swap in
 * the newest draft and the read rule would then hide the entry altogether.
 * Server code that means to read drafts says so with `draftsForServer`.
 */
export const publishedForReaders: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && args.draft && !isStaff({ req }) && req.context?.draftsForServer !== true) return { ...args, draft: false }
  return args
}
