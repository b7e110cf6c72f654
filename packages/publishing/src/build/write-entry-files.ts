import { existsSync } from 'node:fs'
import { sha256, type ContentFile } from './content-files.js'
import type { EntryOutline } from './cross-check.js'
import type { ManifestEntry, OutputRecord } from './manifest.js'
import { pageCount } from '../pdf/page-count.js'
import { outputPaths } from './output-paths.js'
import type { EntryOutputs } from './render-entry-outputs.js'
import { writeFileAtomic } from './write-file-atomic.js'

export interface WriteTask {
  file: ContentFile
  outline: EntryOutline
  renderKey: string
  previous?: ManifestEntry
}

/**
 * Writes one entry's three files and returns its manifest record. A file whose
 * bytes did not change is not written again, so its modification time stays.
 */
export async function writeEntryFiles(task: WriteTask, outputs: EntryOutputs, outDir: string): Promise<ManifestEntry> {
  const paths = outputPaths(outDir, task.outline.slug)
  const before = task.previous?.outline.slug === task.outline.slug ? task.previous.outputs : undefined
  return {
    sourceHash: task.file.hash,
    renderKey: task.renderKey,
    outline: task.outline,
    outputs: {
      markdown: await writeIfChanged(paths.markdown, outputs.markdown, before?.markdown),
      pdf: { ...(await writeIfChanged(paths.pdf, outputs.pdf, before?.pdf)), pages: pageCount(outputs.pdf) },
      json: await writeIfChanged(paths.json, outputs.json, before?.json),
    },
    feedItem: outputs.feedItem,
  }
}

export async function writeIfChanged(file: string, data: string | Uint8Array, before?: OutputRecord): Promise<OutputRecord> {
  const record = { hash: sha256(data), size: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength }
  if (before?.hash !== record.hash || !existsSync(file)) await writeFileAtomic(file, data)
  return record
}
