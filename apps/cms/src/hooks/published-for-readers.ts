import type { CollectionBeforeOperationHook } from 'payload'
import { isStaff } from '../access/roles'

/**
 * A reader who asks for drafts (`?draft=true`, GraphQL `draft: true`) gets the
 * published version, as everyone else does: without this, Payload would swap in
 * the newest draft and the read rule would then hide the entry altogether.
 */
export const publishedForReaders: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !isStaff({ req }) && args.draft) return { ...args, draft: false }
  return args
}
