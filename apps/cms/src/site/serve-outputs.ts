import { publishedEntry } from '../entries/published-entries'
import { siteSettings } from '../entries/site-settings'
import { renderAllPublished } from '../outputs/render-all'
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
export async function allOutputs() {
  return renderAllPublished(await publicPayload())
}
