import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { Webhook } from 'standardwebhooks'
import type { TaskDeliverWebhook } from '../payload-types'
import type { AttemptOutcome } from '../collections/WebhookAttempts'
import { webhookAttemptsSlug, webhooksSlug } from '../collections/slugs'
import { deliverySettings, retryDelayMs } from './delivery-settings'
import { sendWebhookRequest } from './send-request'
import { changeMessage, testMessage } from './webhook-message'

export const deliverWebhookTask = 'deliverWebhook'
/** Deliveries have a queue of their own, which the worker runs beside the renders: a slow endpoint never holds up a render. */
export const webhookQueue = 'webhooks'

/**
 * One delivery's job input, as the task's `inputSchema` generates it: the
 * webhook, the change's `sequence` (0: a test event), the `attempt`, and
 * `firstAt`, when the first attempt was due (the 24 hours count from there).
 */
export type DeliveryInput = TaskDeliverWebhook['input']

interface Endpoint {
  id: number | string
  url: string
  secret: string
  enabled?: boolean | null
  failingSince?: string | null
}

/**
 * Queues the delivery of change `sequence` to every enabled endpoint that
 * wants `event`. Given the change's transaction (`req`), the jobs exist
 * exactly when the change committed: a delivery never runs before the change
 * is public, and never inside the publish (which only queued a render).
 */
export async function queueDeliveries(payload: Payload, req: PayloadRequest, sequence: number, event: string): Promise<number> {
  const { docs } = await payload.db.find<{ id: number | string }>({
    collection: webhooksSlug,
    where: { and: [{ enabled: { equals: true } }, { events: { in: [event] } }] },
    select: {},
    limit: 0,
    pagination: false,
    req,
  })
  for (const { id } of docs) await queueDelivery(payload, { webhook: String(id), sequence, attempt: 1, firstAt: new Date().toISOString() }, undefined, req)
  return docs.length
}

export function queueDelivery(payload: Payload, input: DeliveryInput, waitUntil?: Date, req?: PayloadRequest): Promise<unknown> {
  return payload.jobs.queue({ task: deliverWebhookTask, queue: webhookQueue, input: input as never, ...(waitUntil ? { waitUntil } : {}), ...(req ? { req } : {}) })
}

/**
 * One attempt: sign, send (`send-request.ts`: the address checked after DNS),
 * log it, then either done, or the next attempt queued after the backoff
 * (30 s, 1 min, 2 min … up to 2 h), or, 24 hours after the first, failed for
 * good. An endpoint whose deliveries have all failed for 24 hours is disabled,
 * with the reason shown in the admin. A refused target is not retried (it is
 * the endpoint's address that is wrong), nor is a test event.
 */
export async function attemptDelivery(payload: Payload, input: DeliveryInput): Promise<AttemptOutcome | 'skipped'> {
  const settings = deliverySettings()
  const endpoint = await payload.db.findOne<Endpoint>({ collection: webhooksSlug, where: { id: { equals: input.webhook } } })
  if (!endpoint?.enabled || !endpoint.secret) return 'skipped'
  const message = input.sequence === 0 ? testMessage() : await changeMessage(payload, input.sequence)
  if (!message) return 'skipped'
  const sentAt = new Date()
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'careers-webhooks/1',
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(endpoint.secret).sign(message.id, sentAt, message.body),
  }
  const result = await sendWebhookRequest(endpoint.url, message.body, headers, settings)
  const delivered = result.kind === 'answered' && result.status >= 200 && result.status < 300
  const now = Date.now()
  const retryAt = now + retryDelayMs(input.attempt, settings)
  const outcome: AttemptOutcome = delivered ? 'delivered' : result.kind === 'refused' ? 'refused' : input.sequence === 0 || retryAt - Date.parse(input.firstAt) > settings.giveUpAfterMs ? 'failed' : 'retrying'
  await payload.db.create({
    collection: webhookAttemptsSlug,
    data: {
      webhook: endpoint.id,
      at: sentAt.toISOString(),
      event: message.event,
      sequence: input.sequence,
      messageId: message.id,
      attempt: input.attempt,
      outcome,
      durationMs: result.durationMs,
      ...(result.kind === 'answered' ? { status: result.status, response: result.excerpt, ...(delivered ? {} : { error: `answered ${result.status}` }) } : {}),
      ...(result.kind === 'refused' ? { error: `refused: ${result.reason}` } : {}),
      ...(result.kind === 'failed' ? { error: result.error } : {}),
    },
  })
  if (outcome === 'retrying') await queueDelivery(payload, { ...input, attempt: input.attempt + 1 }, new Date(retryAt))
  const gaveUp = outcome === 'failed' && input.sequence !== 0
  await noteEndpointHealth(
    payload,
    endpoint,
    delivered,
    gaveUp,
    now,
    outcome === 'delivered' ? undefined : `${result.kind === 'answered' ? `answered ${result.status}` : result.kind === 'refused' ? `refused: ${result.reason}` : result.error}`,
  )
  return outcome
}

/**
 * An endpoint is failing from its first failed attempt until one succeeds. It
 * is disabled when it has been failing for the whole window (24 h), or when a
 * delivery gives up while it has not answered since before that delivery began
 * (that delivery's own 24 hours of tries all failed).
 */
async function noteEndpointHealth(payload: Payload, endpoint: Endpoint, delivered: boolean, gaveUp: boolean, now: number, error: string | undefined): Promise<void> {
  const { giveUpAfterMs } = deliverySettings()
  if (delivered) {
    if (endpoint.failingSince) await payload.db.updateOne({ collection: webhooksSlug, id: endpoint.id, data: { failingSince: null } })
    return
  }
  const since = endpoint.failingSince ? Date.parse(endpoint.failingSince) : now
  if (now - since >= giveUpAfterMs || (gaveUp && endpoint.failingSince)) {
    const reason = `Disabled ${new Date(now).toISOString()}: every delivery failed since ${new Date(since).toISOString()} (last: ${error ?? 'failed'}). Fix the endpoint, then enable it again.`
    await payload.db.updateOne({ collection: webhooksSlug, id: endpoint.id, data: { enabled: false, disabledReason: reason } })
    payload.logger.warn(`webhook ${endpoint.id} disabled: ${reason}`)
  } else if (!endpoint.failingSince) {
    await payload.db.updateOne({ collection: webhooksSlug, id: endpoint.id, data: { failingSince: new Date(now).toISOString() } })
  }
}

export const deliverWebhookTaskConfig: TaskConfig<'deliverWebhook'> = {
  slug: deliverWebhookTask,
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'sequence', type: 'number', required: true },
    { name: 'attempt', type: 'number', required: true },
    { name: 'firstAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  // The schedule is the task's own (above): an attempt that threw (the database away) is tried again by Payload.
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
  handler: async ({ input, req }) => ({ output: { outcome: await attemptDelivery(req.payload, input) } }),
}
