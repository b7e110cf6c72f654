import { allPublishedEntries, publishedEntry } from '../entries/published-entries'
import { siteSettings } from '../entries/site-settings'
import { storedOutputs, type StoredOutputs } from '../outputs/stored-outputs'
import { publicPayload } from './public-content'

/** The stored outputs of the published entry at `slug`, rendering them if none are stored. */
export async function outputsForSlug(slug: string): Promise<StoredOutputs | undefined> {
  const payload = await publicPayload()
  const [found, site] = await Promise.all([publishedEntry({ payload }, slug), siteSettings(payload)])
  if (!found) return undefined
  return storedOutputs({ payload }, { entry: found.entry, site, relatedTitles: found.relatedTitles })
}

/** Every published entry's stored outputs, for the feed. */
export async function allOutputs(): Promise<{ outputs: StoredOutputs[]; site: Awaited<ReturnType<typeof siteSettings>> }> {
  const payload = await publicPayload()
  const [entries, site] = await Promise.all([allPublishedEntries({ payload }), siteSettings(payload)])
  const outputs: StoredOutputs[] = []
  // One at a time: a cold feed renders handouts, and react-pdf wants a breath between them.
  for (const { entry, relatedTitles } of entries) {
    outputs.push(await storedOutputs({ payload }, { entry, site, relatedTitles }))
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { outputs, site }
}
