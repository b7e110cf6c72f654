import type { CareerPath } from '@careers/career-path'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { parseMarkdown } from '../markdown/parse-markdown.js'
import { readContentFiles, sha256, type ContentFile } from './content-files.js'
import { crossCheck, outlineFromFileName, outlineOf, type EntryOutline } from './cross-check.js'
import type { FileIssue } from './file-issue.js'
import { loadManifest, rendererVersion, saveManifest, type Manifest, type ManifestEntry } from './manifest.js'
import { outputPaths } from './output-paths.js'
import { renderEntryFiles, type RenderTask } from './render-entry-files.js'
import { createPdfRenderer } from './pdf-renderer.js'
import { loadSiteSettings } from './site-settings-file.js'
import { writeFeedFiles } from './write-feed-files.js'

export interface BuildOptions {
  contentDir: string
  outDir: string
  /** Overrides `baseUrl` of `site.yml`. */
  baseUrl?: string
  /** Worker threads for PDFs; default one per core, 0 for none. */
  pdfThreads?: number
  onProgress?: (progress: { done: number; total: number }) => void
}

export interface BuildResult {
  /** Slugs rendered in this build. */
  rendered: string[]
  /** Slugs whose outputs were already up to date. */
  unchanged: string[]
  /** Files that failed now and whose last good outputs were kept. */
  kept: string[]
  /** Slugs whose outputs were deleted because their file is gone. */
  removed: string[]
  /** Errors (and nothing else): a non-empty list means the build failed. */
  issues: FileIssue[]
}

interface Candidate {
  file: ContentFile
  outline: EntryOutline
  entry?: CareerPath
  cached?: ManifestEntry
}

/**
 * Every format for every entry of a content folder. Unchanged entries are not
 * rendered again nor their files rewritten; a bad entry is reported and the
 * others are still built; an entry that fails keeps its last good outputs.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const result: BuildResult = { rendered: [], unchanged: [], kept: [], removed: [], issues: [] }
  const loaded = await loadSiteSettings(options.contentDir, options.baseUrl)
  if (!loaded.settings) return { ...result, issues: loaded.issues }
  const site = loaded.settings
  const settingsHash = sha256(JSON.stringify([site, rendererVersion]))
  const previous = await loadManifest(options.outDir)
  const reuse = previous.settingsHash === settingsHash
  const next: Manifest = { rendererVersion, settingsHash, entries: {}, ...(previous.feed ? { feed: previous.feed } : {}) }

  const candidates: Candidate[] = []
  const failed = new Set<string>()
  for (const file of await readContentFiles(options.contentDir)) {
    const cached = previous.entries[file.file]
    if (cached && cached.sourceHash === file.hash) {
      candidates.push({ file, outline: cached.outline, cached })
      continue
    }
    const parsed = parseMarkdown(file.text)
    const errors = parsed.issues.filter((i) => i.severity === 'error')
    result.issues.push(...errors.map((i) => ({ ...i, file: file.file })))
    if (!parsed.entry) {
      failed.add(file.file)
      // Still known by its slug, so the entries that link to it are not in error too.
      const outline = outlineOf(file.file, parsed) ?? cached?.outline ?? outlineFromFileName(file.file)
      if (outline) candidates.push({ file, outline: { ...outline, title: cached?.outline.title ?? outline.title } })
      continue
    }
    candidates.push({ file, entry: parsed.entry, ...(cached ? { cached } : {}), outline: outlineOf(file.file, parsed)! })
  }

  const checked = crossCheck(candidates.map((c) => c.outline))
  const crossErrors = checked.issues.filter((i) => i.severity === 'error')
  result.issues.push(...crossErrors)
  for (const issue of crossErrors) failed.add(issue.file)
  const titles = new Map(checked.accepted.map((o) => [o.slug, o.title]))

  const tasks: RenderTask[] = []
  for (const candidate of candidates) {
    const { file, outline, cached } = candidate
    if (failed.has(file.file)) continue
    const relatedTitles = Object.fromEntries(outline.related.map((slug) => [slug, titles.get(slug) ?? slug]))
    const renderKey = sha256(JSON.stringify([file.hash, settingsHash, relatedTitles]))
    if (reuse && cached?.renderKey === renderKey && outputsExist(options.outDir, outline.slug)) {
      next.entries[file.file] = cached
      result.unchanged.push(outline.slug)
      continue
    }
    const entry = candidate.entry ?? parseMarkdown(file.text).entry!
    tasks.push({ file, entry, outline, relatedTitles, renderKey, ...(cached ? { previous: cached } : {}) })
  }

  // What failed now keeps what it last published, so a typo never unpublishes an entry.
  for (const file of failed) {
    const last = previous.entries[file]
    if (last && !tasks.some((t) => t.outline.slug === last.outline.slug) && !Object.values(next.entries).some((e) => e.outline.slug === last.outline.slug)) {
      next.entries[file] = last
      result.kept.push(file)
    }
  }

  if (tasks.length) {
    const renderer = await createPdfRenderer(options.pdfThreads)
    let done = 0
    try {
      await Promise.all(
        tasks.map(async (task) => {
          try {
            next.entries[task.file.file] = await renderEntryFiles(task, site, options.outDir, renderer)
            result.rendered.push(task.outline.slug)
          } catch (error) {
            result.issues.push({ file: task.file.file, line: 1, severity: 'error', message: `could not render: ${(error as Error).message}` })
            if (task.previous) next.entries[task.file.file] = task.previous
          }
          options.onProgress?.({ done: ++done, total: tasks.length })
        }),
      )
    } finally {
      await renderer.close()
    }
  }

  const live = new Set(Object.values(next.entries).map((e) => e.outline.slug))
  for (const old of Object.values(previous.entries)) {
    if (live.has(old.outline.slug) || result.removed.includes(old.outline.slug)) continue
    await Promise.all(Object.values(outputPaths(options.outDir, old.outline.slug)).map((f) => rm(f, { force: true })))
    result.removed.push(old.outline.slug)
  }

  next.feed = await writeFeedFiles(options.outDir, site, Object.values(next.entries).map((e) => e.feedItem), previous.feed)
  await saveManifest(options.outDir, next)
  result.rendered.sort()
  result.unchanged.sort()
  result.issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return result
}

function outputsExist(outDir: string, slug: string): boolean {
  return Object.values(outputPaths(outDir, slug)).every((f) => existsSync(f))
}
