import { capListRequests } from '../security/request-caps'
import type { CollectionConfig } from 'payload'
import { adminOnly, adminOnlyField, adminOrSelf, hiddenUnless, isAdmin, roles } from '../access/roles'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'updatedAt'],
    group: 'Administration',
    // Editors never see user management in the navigation.
    hidden: hiddenUnless(isAdmin),
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 5,
    // Payload's per-account reset throttle writes outside the request's transaction while
    // holding it, which deadlocks SQLite's immediate transactions; the rate limits in
    // src/security/auth-rate-limit.ts throttle resets per client and per account instead.
    forgotPassword: { minRequestInterval: 0 },
    lockTime: 10 * 60 * 1000,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.CAREERS_INSECURE_COOKIES !== '1',
    },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: adminOrSelf,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
  },
  hooks: {
    beforeOperation: [capListRequests],
    beforeChange: [
      async ({ data, operation, req }) => {
        // The first account made on a fresh site runs it.
        if (operation === 'create') {
          const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
          if (totalDocs === 0) return { ...data, role: 'admin' }
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name' },
    {
      name: 'role',
      type: 'select',
      label: 'Role',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: value === 'admin' ? 'Admin: manages users and settings' : 'Editor: writes and publishes career paths' })),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { description: 'The first user is always an admin. Only admins change roles.' },
    },
  ],
}
