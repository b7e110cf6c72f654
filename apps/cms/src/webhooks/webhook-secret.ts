import { randomBytes } from 'node:crypto'

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64, as `new Webhook(secret)` reads it. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`
}
