import type { CareerPath } from '@careers/career-path'
import { careerPathToJson } from '../feed/entry-json.js'
import { careerPathFeedItem } from '../feed/feed-item.js'
import { renderMarkdown } from '../markdown/render-markdown.js'
import type { SiteSettings } from '../site.js'
import { sha256, type ContentFile } from './content-files.js'
import type { EntryOutline } from './cross-check.js'
import type { ManifestEntry, OutputRecord } from './manifest.js'
import { outputPaths } from './output-paths.js'
import type { PdfRenderer } from './pdf-renderer.js'
import { writeFileAtomic } from './write-file-atomic.js'
import { existsSync } from 'node:fs'

export interface RenderTask {
  file: ContentFile
  entry: CareerPath
  outline: EntryOutline
  relatedTitles: Record<string, string>
  renderKey: string
  previous?: ManifestEntry
}

/**
 * Renders one entry's three files and its feed item. A file whose bytes did
 * not change is not written again, so its modification time stays.
 */
export async function renderEntryFiles(
  task: RenderTask,
  site: SiteSettings,
  outDir: string,
  renderer: PdfRenderer,
): Promise<ManifestEntry> {
  const { entry, relatedTitles } = task
  const paths = outputPaths(outDir, entry.slug)
  const markdown = renderMarkdown(entry, { relatedTitles })
  const json = `${JSON.stringify(careerPathToJson(entry, site, relatedTitles), null, 2)}\n`
  const pdf = await renderer.render({ entry, site, relatedTitles })
  const before = task.previous?.outline.slug === entry.slug ? task.previous.outputs : undefined
  const outputs = {
    markdown: await writeIfChanged(paths.markdown, markdown, before?.markdown),
    pdf: await writeIfChanged(paths.pdf, pdf, before?.pdf),
    json: await writeIfChanged(paths.json, json, before?.json),
  }
  return {
    sourceHash: task.file.hash,
    renderKey: task.renderKey,
    outline: task.outline,
    outputs,
    feedItem: careerPathFeedItem(
      { entry, markdown, relatedTitles, sizes: { pdf: outputs.pdf.size, markdown: outputs.markdown.size } },
      site,
    ),
  }
}

export async function writeIfChanged(file: string, data: string | Uint8Array, before?: OutputRecord): Promise<OutputRecord> {
  const record = { hash: sha256(data), size: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength }
  if (before?.hash !== record.hash || !existsSync(file)) await writeFileAtomic(file, data)
  return record
}
