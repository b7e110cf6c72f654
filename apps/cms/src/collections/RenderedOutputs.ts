import { capListRequests } from '../security/request-caps'
import type { CollectionConfig } from 'payload'
import { renderedOutputsSlug } from './slugs'

/**
 * Rendered Markdown, PDF, JSON and feed item of a published entry, keyed by the
 * hash of everything that went into them. Kept in the database itself, so every
 * app server on one PostgreSQL serves the same stored bytes and none needs a
 * disk or bucket of its own. Nobody reads it through the API: the public routes
 * serve it, and only from the published entry's current hash.
 */
const maxStoredLength = 50_000_000

export const RenderedOutputs: CollectionConfig = {
  slug: renderedOutputsSlug,
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  timestamps: true,
  hooks: { beforeOperation: [capListRequests] },
  fields: [
    { name: 'hash', type: 'text', required: true, unique: true, index: true },
    { name: 'slug', type: 'text', required: true, index: true },
    // Renders are large: the limits are far above what the model's limits allow.
    { name: 'markdown', type: 'textarea', required: true, maxLength: maxStoredLength },
    { name: 'json', type: 'textarea', required: true, maxLength: maxStoredLength },
    /** Base64: the one binary form every adapter stores alike. */
    { name: 'pdf', type: 'textarea', required: true, maxLength: maxStoredLength },
    { name: 'feedItem', type: 'json', required: true },
  ],
}
