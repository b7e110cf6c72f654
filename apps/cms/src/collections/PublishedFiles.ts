import { writtenByServer } from '../access/roles'
import type { CollectionConfig } from 'payload'
import { publishedFilesSlug } from './slugs'

/** Far above what the model's limits let an entry render to (a handout is 50-100 KB). */
const maxStoredLength = 50_000_000

/**
 * One record per served file: the entry's Markdown, PDF handout, JSON and page,
 * made once by a render job and served by key (`en/career-paths/<slug>.pdf`).
 * A request is one read by key; a conditional one reads the ETag alone. Kept
 * in the database itself, so every app server on one PostgreSQL serves the same
 * bytes and none needs a disk or bucket of its own. Nobody reads it through the
 * API: the public routes serve it.
 */
export const PublishedFiles: CollectionConfig = {
  slug: publishedFilesSlug,
  admin: { hidden: true },
  access: writtenByServer(),
  graphQL: false,
  timestamps: true,
  fields: [
    /** `<locale>/<path>`: what a request names, e.g. `en/career-paths/backend-developer.pdf`. */
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    /** The career path's id: an entry's files are replaced or removed together (a renamed slug leaves no old key). */
    { name: 'entry', type: 'text', index: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'contentType', type: 'text', required: true },
    /** A hash of the bytes, computed when rendering: it changes exactly when they do. */
    { name: 'etag', type: 'text', required: true },
    { name: 'size', type: 'number', required: true },
    /** Text as it is; binary (the handout) as base64, the one binary form every adapter stores alike. */
    { name: 'encoding', type: 'select', options: ['utf8', 'base64'], required: true },
    { name: 'body', type: 'textarea', required: true, maxLength: maxStoredLength },
  ],
}
