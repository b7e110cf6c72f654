import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import type { Webhook } from '../../../payload-types'
import { newWebhookSecret } from '../../../webhooks/webhook-secret'

/** A new endpoint gets its secret from the server (nobody can choose or change it through the API). */
export const giveSecret: CollectionBeforeChangeHook<Webhook> = ({ data, operation, context }) => {
  if (operation !== 'create') return data
  const secret = newWebhookSecret()
  context.careersWebhookSecret = secret
  return { ...data, secret }
}

/** The create's answer carries the secret: the one time anyone sees it. */
export const showSecretOnce: CollectionAfterChangeHook<Webhook> = ({ doc, operation, context }) => {
  if (operation !== 'create' || typeof context.careersWebhookSecret !== 'string') return doc
  return { ...doc, secret: context.careersWebhookSecret }
}

/** An endpoint enabled again starts with a clean record. */
export const clearFailureOnEnable: CollectionBeforeChangeHook<Webhook> = ({ data, originalDoc, operation }) => {
  if (operation === 'update' && data.enabled === true && originalDoc?.enabled === false) return { ...data, disabledReason: null, failingSince: null }
  return data
}
