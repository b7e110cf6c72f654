import type { CollectionConfig } from 'payload'
import { adminOnly, hiddenUnless, isAdmin, writtenByServer } from '../access/roles'
import { capListRequests } from '../security/request-caps'
import { webhookAttemptsSlug, webhooksSlug } from './slugs'

export const attemptOutcomes = ['delivered', 'retrying', 'failed', 'refused'] as const
export type AttemptOutcome = (typeof attemptOutcomes)[number]

/**
 * Every delivery attempt to a webhook endpoint, listed under its endpoint in
 * the admin: when, which change, the answer's status, how long it took, the
 * error, and the start of the answer's body (at most 1 KB). No headers and no
 * secret are kept. Written by the delivery job only.
 */
export const WebhookAttempts: CollectionConfig = {
  slug: webhookAttemptsSlug,
  labels: { singular: 'Webhook attempt', plural: 'Webhook attempts' },
  admin: {
    group: 'Administration',
    defaultColumns: ['at', 'webhook', 'event', 'attempt', 'outcome', 'status', 'durationMs', 'error'],
    hidden: hiddenUnless(isAdmin),
  },
  defaultSort: '-at',
  access: writtenByServer(adminOnly, adminOnly),
  hooks: { beforeOperation: [capListRequests] },
  timestamps: false,
  indexes: [{ fields: ['webhook', 'at'] }],
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: webhooksSlug, index: true },
    { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    /** `published`, `unpublished`, `deleted`, or `test`. */
    { name: 'event', type: 'text', required: true },
    /** The change's sequence in the change log (0 for a test event). */
    { name: 'sequence', type: 'number', required: true },
    { name: 'messageId', type: 'text', required: true },
    { name: 'attempt', type: 'number', required: true },
    { name: 'outcome', type: 'select', options: [...attemptOutcomes], required: true },
    { name: 'status', type: 'number' },
    { name: 'durationMs', type: 'number', label: 'Duration (ms)' },
    { name: 'error', type: 'text' },
    { name: 'response', type: 'textarea', label: 'Response (start)' },
  ],
}
