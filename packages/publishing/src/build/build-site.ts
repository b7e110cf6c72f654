import { byFileAndLine, defaultLocale, isError, problem, type CareerPath, type Locale, type VFileMessage } from '@careers/career-path'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { basename } from 'node:path'
import { createBuildWorkers, type BuildWorkers } from './build-workers.js'
import { contentLocales, readContentFiles, sha256 } from './content-files.js'
import { crossCheck, type EntryOutline } from './cross-check.js'
import { loadManifest, saveManifest, type Manifest } from './manifest.js'
import { rendererVersion } from '../renderer-version.js'
import { maxHandoutPages } from '../pdf/page-count.js'
import { bookFile, localeOutDir, outputPaths } from './output-paths.js'
import { readEntries } from './read-entries.js'
import { missingTexts } from './lint-content.js'
import { loadSiteSettings } from './site-settings-file.js'
import { checkTranslations } from './translation-check.js'
import type { SiteSettings } from '../site.js'
import { writeEntryFiles, type WriteTask } from './write-entry-files.js'
import { writeBook } from './write-book.js'
import { writeFeedFiles } from './write-feed-files.js'

export interface BuildOptions {
  contentDir: string
  outDir: string
  /** Overrides `baseUrl` of `site.yml`. */
  baseUrl?: string
  /** Worker threads; default one per core, 0 for none. */
  threads?: number
  onProgress?: (progress: { done: number; total: number }) => void
}

export interface BuildResult {
  /** Slugs rendered in this build. */
  rendered: string[]
  /** Slugs whose outputs were already up to date. */
  unchanged: string[]
  /** Entry files (by name) that failed now and whose last good outputs were kept. */
  kept: string[]
  /** Slugs whose outputs were deleted because their file is gone. */
  removed: string[]
  /** Errors (and nothing else): a non-empty list means the build failed. */
  issues: VFileMessage[]
  /** What was built but falls short of the brief: a handout longer than it should be. */
  warnings: VFileMessage[]
  /** Whether `<out>/career-paths.pdf` was rendered in this build (an entry or the settings changed). */
  bookRendered: boolean
}

/**
 * Every format for every entry of a content folder, in every locale it has
 * entries in: the default locale's at `<out>/`, another's at `<out>/<locale>/`
 * (brief: "Languages"), each with its own feed, book and manifest.
 * Unchanged entries are not rendered again nor their files rewritten; a bad
 * entry is reported and the others are still built; an entry that fails
 * keeps its last good outputs. Slugs of other locales are reported as `es/<slug>`.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const result: BuildResult = { rendered: [], unchanged: [], kept: [], removed: [], issues: [], warnings: [], bookRendered: false }
  const loaded = await loadSiteSettings(options.contentDir, options.baseUrl)
  if (!loaded.settings) return { ...result, issues: loaded.issues }
  const present = await contentLocales(options.contentDir)

  let pool: Promise<BuildWorkers> | undefined
  const workers = () => (pool ??= createBuildWorkers(options.threads))
  const rendered: RenderedLocale[] = []
  try {
    let sources = new Map<string, EntryOutline>()
    for (const locale of present) {
      const site = locale === defaultLocale ? loaded.settings : loaded.localized[locale]
      if (!site) {
        result.issues.push(missingTexts(options.contentDir, locale))
        continue
      }
      const outDir = localeOutDir(options.outDir, locale)
      const done = await renderLocale({ ...options, outDir }, locale, site, workers, sources)
      if (locale === defaultLocale) sources = new Map(done.outlines.map((o) => [o.slug, o]))
      rendered.push(done)
    }
  } finally {
    if (pool) await (await pool).close()
  }
  // The workers are gone: feeds and books are written in this thread, one locale after another.
  for (const done of rendered) {
    const named = (slug: string) => (done.locale === defaultLocale ? slug : `${done.locale}/${slug}`)
    const finished = await finishLocale(done)
    result.rendered.push(...done.result.rendered.map(named))
    result.unchanged.push(...done.result.unchanged.map(named))
    result.kept.push(...done.result.kept.map(named))
    result.removed.push(...finished.removed.map(named))
    result.issues.push(...done.result.issues, ...finished.issues)
    result.warnings.push(...done.result.warnings, ...finished.warnings)
    result.bookRendered ||= finished.bookRendered
  }
  result.rendered.sort()
  result.unchanged.sort()
  result.kept.sort()
  result.removed.sort()
  result.issues.sort(byFileAndLine)
  result.warnings.sort(byFileAndLine)
  return result
}

/** One locale's entries read, checked and rendered; what `finishLocale` needs to write its feed and book. */
interface RenderedLocale {
  locale: Locale
  site: SiteSettings
  outDir: string
  settingsHash: string
  previous: Manifest
  next: Manifest
  outlines: EntryOutline[]
  result: Pick<BuildResult, 'rendered' | 'unchanged' | 'kept' | 'issues' | 'warnings'>
}

async function renderLocale(options: BuildOptions, locale: Locale, site: SiteSettings, workers: () => Promise<BuildWorkers>, sources: ReadonlyMap<string, EntryOutline>): Promise<RenderedLocale> {
  const result: RenderedLocale['result'] = { rendered: [], unchanged: [], kept: [], issues: [], warnings: [] }
  const settingsHash = sha256(JSON.stringify([site, rendererVersion]))
  const previous = await loadManifest(options.outDir)
  const cache = previous.settingsHash === settingsHash ? previous.entries : {}
  const next: Manifest = { rendererVersion, settingsHash, entries: {} }

  const folder = await readContentFiles(options.contentDir, locale)
  const read = await readEntries(folder, cache, workers, locale)
  const errors = (issues: VFileMessage[]) => issues.filter(isError)
  const checked = crossCheck(read.outlines)
  const translations = locale === defaultLocale ? { issues: [], stale: new Set<string>() } : checkTranslations(locale, read.outlines, sources)
  const acrossFiles = [...checked.issues, ...translations.issues]
  result.issues.push(...folder.issues, ...errors(read.issues), ...errors(acrossFiles))
  // Warnings about translations are said on every build, like a long handout's: until the translator acts.
  result.warnings.push(...translations.issues.filter((i) => !isError(i)))
  // Failed files by name, the manifest's key; cross-file errors name the file's path.
  const failed = new Set([...read.failed, ...errors(acrossFiles).map((i) => basename(i.file ?? ''))])
  const titles = new Map(checked.accepted.map((o) => [o.slug, o.title]))

  const tasks: RenderTask[] = []
  for (const { file, outline, cached, entry } of read.candidates) {
    if (failed.has(file.name)) continue
    const relatedTitles = Object.fromEntries(outline.related.map((slug) => [slug, titles.get(slug) ?? slug]))
    // A translation's outputs say whether it is stale, so its source's revision is part of their key.
    const stale = locale === defaultLocale ? undefined : translations.stale.has(outline.slug)
    const renderKey = sha256(JSON.stringify(stale === undefined ? [file.hash, settingsHash, relatedTitles] : [file.hash, settingsHash, relatedTitles, stale]))
    if (cached?.renderKey === renderKey && outputsExist(options.outDir, outline.slug)) {
      next.entries[file.name] = { ...cached, outline }
      result.unchanged.push(outline.slug)
    } else {
      const last = previous.entries[file.name]
      tasks.push({ file, outline, renderKey, relatedTitles, ...(stale === undefined ? {} : { stale }), ...(entry ? { entry } : {}), ...(last ? { previous: last } : {}) })
    }
  }

  // What failed now keeps what it last published, so a typo never unpublishes an entry.
  const claimed = new Set([...tasks.map((t) => t.outline.slug), ...result.unchanged])
  for (const file of failed) {
    const last = previous.entries[file]
    if (last && !claimed.has(last.outline.slug)) {
      next.entries[file] = last
      result.kept.push(file)
    }
  }

  let done = 0
  await Promise.all(
    tasks.map(async (task) => {
      try {
        const entry = task.entry ?? (await (await workers()).parse(task.file.text, locale)).entry!
        const outputs = await (await workers()).render({ entry, site, relatedTitles: task.relatedTitles, ...(task.stale === undefined ? {} : { stale: task.stale }) })
        next.entries[task.file.name] = await writeEntryFiles(task, outputs, options.outDir)
        result.rendered.push(task.outline.slug)
      } catch (error) {
        result.issues.push(problem(`could not render: ${(error as Error).message}`, { rule: 'render-failed', file: task.file.file, line: 1 }))
        if (task.previous) {
          next.entries[task.file.name] = task.previous
          result.kept.push(task.file.name)
        }
      }
      options.onProgress?.({ done: ++done, total: tasks.length })
    }),
  )

  // Said on every build, not only the one that rendered it, until the entry is shorter.
  for (const { outline, outputs } of Object.values(next.entries)) {
    if (outputs.pdf.pages <= maxHandoutPages) continue
    const message = `the handout is ${outputs.pdf.pages} A4 pages; a handout is 1 to ${maxHandoutPages}: shorten the longest sections`
    result.warnings.push(problem(message, { rule: 'handout-length', severity: 'warning', file: outline.file, line: 1 }))
  }
  return { locale, site, outDir: options.outDir, settingsHash, previous, next, outlines: read.outlines, result }
}

/** A locale's stale outputs removed, its feed written, its manifest saved, and its book. */
async function finishLocale({ site, outDir, previous, next }: RenderedLocale): Promise<{ removed: string[]; issues: VFileMessage[]; warnings: VFileMessage[]; bookRendered: boolean }> {
  const issues: VFileMessage[] = []
  const removed = await removeStaleOutputs(outDir, previous, next)
  Object.assign(
    next,
    await writeFeedFiles(
      outDir,
      site,
      Object.values(next.entries).map((e) => e.feedItem),
      previous,
    ),
  )
  // Saved before the book and again after it: the book is the longest render and the
  // largest in memory, and a build stopped there must not render every entry again.
  if (previous.book) next.book = previous.book
  await saveManifest(outDir, next)
  let bookRendered = false
  try {
    const book = await writeBook({ outDir, site, previous, next })
    if (book.record) next.book = book.record
    else delete next.book
    bookRendered = book.rendered
    if (book.record !== previous.book) await saveManifest(outDir, next)
  } catch (error) {
    issues.push(problem(`could not render the book: ${(error as Error).message}`, { rule: 'render-failed', file: bookFile(outDir), line: 1 }))
  }
  return { removed, issues, warnings: [], bookRendered }
}

/** An entry to render: what to write, and the entry itself unless it must be parsed again. */
interface RenderTask extends WriteTask {
  entry?: CareerPath
  relatedTitles: Record<string, string>
  stale?: boolean
}

/** Deletes the files of entries the last build published and this one has not. */
async function removeStaleOutputs(outDir: string, previous: Manifest, next: Manifest): Promise<string[]> {
  const live = new Set(Object.values(next.entries).map((e) => e.outline.slug))
  const stale = [...new Set(Object.values(previous.entries).map((e) => e.outline.slug))].filter((slug) => !live.has(slug))
  await Promise.all(stale.flatMap((slug) => Object.values(outputPaths(outDir, slug)).map((f) => rm(f, { force: true }))))
  return stale.sort()
}

function outputsExist(outDir: string, slug: string): boolean {
  return Object.values(outputPaths(outDir, slug)).every((f) => existsSync(f))
}
