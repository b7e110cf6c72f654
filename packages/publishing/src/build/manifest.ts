import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CareerPathFeedItem } from '../feed/feed-types.js'
import type { EntryOutline } from './cross-check.js'
import { rendererVersion } from '../renderer-version.js'
import type { BookRecord } from './write-book.js'
import { writeFileAtomic } from './write-file-atomic.js'

export interface OutputRecord {
  hash: string
  size: number
}

export interface ManifestEntry {
  /** sha256 of the source file. */
  sourceHash: string
  /** Source, settings and related titles together: equal key, equal outputs. */
  renderKey: string
  outline: EntryOutline
  outputs: { markdown: OutputRecord; pdf: OutputRecord & { pages: number }; json: OutputRecord }
  feedItem: CareerPathFeedItem
}

export interface Manifest {
  rendererVersion: number
  settingsHash: string
  /** Keyed by the entry file's name, so the same folder spelled another way is the same build. */
  entries: Record<string, ManifestEntry>
  feed?: OutputRecord
  extensionDoc?: OutputRecord
  /** `<out>/career-paths.pdf`, and what it was made from. */
  book?: BookRecord
}

export const manifestFileName = '.careers-manifest.json'

/** The previous build's manifest; an empty one when missing, unreadable or from another renderer. */
export async function loadManifest(outDir: string): Promise<Manifest> {
  const empty: Manifest = { rendererVersion, settingsHash: '', entries: {} }
  try {
    const manifest = JSON.parse(await readFile(join(outDir, manifestFileName), 'utf8')) as Manifest
    if (manifest.rendererVersion !== rendererVersion || typeof manifest.entries !== 'object') return empty
    return manifest
  } catch {
    return empty
  }
}

export async function saveManifest(outDir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(join(outDir, manifestFileName), JSON.stringify(manifest))
}
