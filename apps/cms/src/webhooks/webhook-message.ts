import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { siteSettings } from '../entries/site-settings'
import { feedItemKey } from '@careers/publishing/contract'
import { storeOf } from '../store/store'
import { publicChange } from '../serving/changes-page'

export interface WebhookMessage {
  /** `webhook-id`: the same for every attempt of one message, so a receiver can drop repeats. */
  id: string
  event: string
  body: string
}

/**
 * What an endpoint receives for change `sequence`, in the Standard Webhooks
 * shape (`type`, `timestamp`, `data`): the change as `/changes.json` shows it,
 * and for `published` the entry's feed item as it is stored now (a newer
 * render than the change's, if one came since; null if the entry left since:
 * a later change says so).
 */
export async function changeMessage(payload: Payload, sequence: number): Promise<WebhookMessage | undefined> {
  const store = storeOf(payload)
  const change = await store.change(sequence)
  if (!change) return undefined
  const site = await siteSettings(payload)
  const { at } = change
  let item: string | null = null
  if (change.type === 'published') {
    item = (await store.feedItem(feedItemKey(change.locale, change.entry))) ?? null
  }
  const data = JSON.stringify(publicChange(site, { ...change, at }))
  return {
    id: `msg_change_${sequence}`,
    event: change.type,
    body: `{"type":"career-path.${change.type}","timestamp":${JSON.stringify(at)},"data":{"change":${data},"item":${item ?? 'null'}}}`,
  }
}

/** The "send test event" message: says nothing changed, so a receiver can check its signature check. */
export function testMessage(): WebhookMessage {
  const timestamp = new Date().toISOString()
  return { id: `msg_test_${randomUUID()}`, event: 'test', body: JSON.stringify({ type: 'webhook.test', timestamp, data: { message: 'A test event sent from the admin: nothing changed.' } }) }
}
