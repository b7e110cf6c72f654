import type { Payload } from 'payload'
import { allPublishedEntries } from '../entries/published-entries'
import { siteSettings } from '../entries/site-settings'
import { storedOutputs, type StoredOutputs } from './stored-outputs'

/**
 * The stored outputs of every published entry, rendering those not stored yet,
 * one at a time (react-pdf wants a turn of the event loop between renders).
 */
export async function renderAllPublished(payload: Payload): Promise<{ outputs: StoredOutputs[]; site: Awaited<ReturnType<typeof siteSettings>> }> {
  const [entries, site] = await Promise.all([allPublishedEntries({ payload }), siteSettings(payload)])
  const outputs: StoredOutputs[] = []
  for (const { entry, relatedTitles } of entries) {
    outputs.push(await storedOutputs({ payload }, { entry, site, relatedTitles }))
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { outputs, site }
}
