import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const roles = ['admin', 'editor'] as const
export type Role = (typeof roles)[number]

type WithUser = { req: Pick<PayloadRequest, 'user'> }

function roleOf(req: Pick<PayloadRequest, 'user'>): Role | undefined {
  const role = (req.user as { role?: unknown } | null | undefined)?.role
  return roles.find((r) => r === role)
}

export const isAdmin = ({ req }: WithUser): boolean => roleOf(req) === 'admin'

/** Admins and editors: the people who write and publish career paths. */
export const isStaff = ({ req }: WithUser): boolean => roleOf(req) !== undefined

export const adminOnly: Access = ({ req }) => isAdmin({ req })
/** Nobody, through any API (the server's own code writes with overrideAccess). */
export const nobody = (): boolean => false
export const staffOnly: Access = ({ req }) => isStaff({ req })
export const adminOnlyField: FieldAccess = ({ req }) => isAdmin({ req })

/**
 * Signed-in staff read everything (drafts included, for the admin); anyone else
 * reads published documents only. The constraint is a query, not a check after
 * the fact, so lists, counts, GraphQL and `?draft=true` all obey it.
 */
export const publishedOrStaff: Access = ({ req }) => isStaff({ req }) || { _status: { equals: 'published' } }

/** Admins manage every account; an editor reads and edits only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdmin({ req })) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

/**
 * Records only the server writes (change log, delivery attempts, stored
 * outputs): `read` may read them, `remove` may delete them, and nobody creates
 * or changes one through the API.
 */
export const writtenByServer = (read: Access = nobody, remove: Access = nobody) => ({ read, create: nobody, update: nobody, delete: remove })

/** The admin's `hidden` for what only those `may` lets see: absent from their navigation for everyone else. */
export const hiddenUnless =
  (may: (args: WithUser) => boolean) =>
  ({ user }: { user: unknown }): boolean =>
    !may({ req: { user: user as never } })
