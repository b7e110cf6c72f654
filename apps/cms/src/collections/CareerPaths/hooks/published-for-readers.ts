import type { CollectionBeforeOperationHook } from 'payload'
import { isStaff } from '../../../access/roles'

/**
 * A reader who asks for drafts (`?draft=true`, GraphQL `draft: true`) gets the
 * published version, as everyone else does: without this, Payload would swap in
 * the newest draft and the read rule (`_status = published`) would then hide
 * the entry altogether. It applies exactly where the access rules do (a request
 * that does not override access: REST, GraphQL, the admin), so the access rules
 * alone decide what an anonymous request sees, and server code that reads with
 * `overrideAccess` (the render, the Languages column, a translation's source)
 * gets the drafts it asks for.
 */
export const publishedForReaders: CollectionBeforeOperationHook<'career-paths'> = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'read' && args.draft && !overrideAccess && !isStaff({ req })) return { ...args, draft: false }
  return args
}
