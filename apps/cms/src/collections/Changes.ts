import { changeTypes } from '@careers/publishing/contract'
import type { CollectionConfig } from 'payload'
import { hiddenUnless, isStaff, staffOnly, writtenByServer } from '../access/roles'
import { changesSlug } from './slugs'

/**
 * The change log behind `GET /changes.json`: one row per change of what the
 * public sees of an entry in one locale, numbered in commit order. Written
 * only by the render job, in the transaction that stores or removes the
 * entry's records (`src/store/change-log.ts`), so a `published` change's
 * address already serves when anyone can read the change. Staff may read it
 * in the admin; nobody writes it through the API. Every change is kept.
 */
export const Changes: CollectionConfig = {
  slug: changesSlug,
  labels: { singular: 'Change', plural: 'Changes' },
  admin: {
    group: 'Administration',
    useAsTitle: 'slug',
    defaultColumns: ['sequence', 'type', 'slug', 'locale', 'at'],
    description: 'What partners read at /changes.json: every publish, unpublish and delete of an entry, in order. Written by the render jobs; read-only.',
    hidden: hiddenUnless(isStaff),
  },
  defaultSort: '-sequence',
  access: writtenByServer(staffOnly),
  graphQL: false,
  timestamps: false,
  fields: [
    /** 1, 2, 3 … in commit order, without gaps: the cursor is the last sequence a consumer applied. */
    { name: 'sequence', type: 'number', required: true, unique: true, index: true },
    { name: 'type', type: 'select', options: [...changeTypes], required: true },
    /** The career path's document id. */
    { name: 'entry', type: 'text', required: true, index: true },
    /** The feed item's stable id: what a consumer keys its copy by. */
    { name: 'itemId', type: 'text', required: true },
    /** For `published`, the new address; otherwise the address that stopped serving. */
    { name: 'slug', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
