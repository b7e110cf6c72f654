import type { CollectionConfig } from 'payload'
import { httpUrl } from '../http-url'
import { adminOnly, hiddenUnless, isAdmin, nobody } from '../../access/roles'
import { capListRequests } from '../../security/request-caps'
import { changeTypes } from '@careers/publishing/contract'
import { webhookAttemptsSlug, webhooksSlug } from '../slugs'
import { clearFailureOnEnable, giveSecret, showSecretOnce } from './hooks/secret-once'
import { rotateSecretEndpoint } from './rotate-secret-endpoint'
import { sendTestEndpoint } from './send-test-endpoint'

/**
 * Partners' endpoints: each change of the kinds an endpoint wants is POSTed to
 * it, signed with its secret as Standard Webhooks says (`src/webhooks/`).
 * Admins only. The secret is made by the server on create and answered once,
 * in the create's response; no read shows it again (its field's read access
 * is false for everyone, admins included).
 */
export const Webhooks: CollectionConfig = {
  slug: webhooksSlug,
  labels: { singular: 'Webhook', plural: 'Webhooks' },
  admin: {
    group: 'Administration',
    useAsTitle: 'url',
    defaultColumns: ['url', 'events', 'enabled', 'disabledReason', 'updatedAt'],
    description:
      'Endpoints that get each publish, unpublish and delete as a signed POST (Standard Webhooks). The secret is shown once: in the answer to POST /api/webhooks, or here with "New secret" (which replaces it). Failing deliveries are retried for 24 hours; an endpoint failing for 24 hours is disabled.',
    hidden: hiddenUnless(isAdmin),
  },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: {
    beforeOperation: [capListRequests],
    beforeChange: [giveSecret, clearFailureOnEnable],
    afterChange: [showSecretOnce],
  },
  endpoints: [sendTestEndpoint, rotateSecretEndpoint],
  fields: [
    {
      name: 'url',
      type: 'text',
      label: 'URL',
      required: true,
      validate: httpUrl,
      admin: { description: 'Checked at every delivery: loopback, private and link-local addresses are refused unless CAREERS_WEBHOOK_ALLOW_PRIVATE=1.' },
    },
    { name: 'events', type: 'select', hasMany: true, required: true, options: [...changeTypes], defaultValue: [...changeTypes] },
    { name: 'enabled', type: 'checkbox', defaultValue: true },
    /** Set on create by the server; never read back through the API. */
    { name: 'secret', type: 'text', access: { read: nobody, create: nobody, update: nobody }, admin: { hidden: true } },
    {
      name: 'disabledReason',
      type: 'text',
      label: 'Disabled because',
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar', description: 'Set when the endpoint was disabled for failing; enabling it again clears it.' },
    },
    { name: 'failingSince', type: 'date', access: { create: nobody, update: nobody }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sendTest', type: 'ui', admin: { components: { Field: '/components/SendTestEvent#SendTestEvent' } } },
    {
      name: 'attempts',
      type: 'join',
      collection: webhookAttemptsSlug,
      on: 'webhook',
      defaultSort: '-at',
      defaultLimit: 25,
      admin: { defaultColumns: ['at', 'event', 'attempt', 'outcome', 'status', 'durationMs', 'error'] },
    },
  ],
}
