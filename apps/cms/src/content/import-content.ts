import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { isError, problem, type Locale, type VFileMessage } from '@careers/career-path'
import type { SiteSettings } from '@careers/publishing'
import { loadSiteSettings, readContent, reportProblems, siteSettingsFileName } from '@careers/publishing/build'
import { localizedSettingNames, settingLeaves, settingsFrom, settingValue } from '@careers/publishing/contract'
import type { Payload } from 'payload'
import { careerPathsSlug, settingsSlug } from '../collections/slugs'
import { documentToEntry, entryToDocumentData, type CareerPathDocument } from '../entries/document-entry'
import { lineOf, problemsOf, withoutLostLinks, type Fail } from './import-checks'
import { importTranslations } from './import-translations'

export interface ImportReport {
  created: string[]
  updated: string[]
  unchanged: string[]
  /** Files not imported, each with every problem found (errors only); nothing of them was written. */
  failed: VFileMessage[]
  settings: 'imported' | 'skipped' | 'failed'
}

export interface ImportOptions {
  /** Also set the `settings` global from `<contentDir>/site.yml` (first start only, by default). */
  settings?: boolean
  /** The public base URL to store instead of the file's (the CMS's own address). */
  baseUrl?: string
  log?: (line: string) => void
}

/**
 * `content/career-paths/*.md` → published `career-paths`, upserted by slug,
 * then each locale's `content/<locale>/career-paths/*.md` (`importTranslations`).
 * Idempotent: an entry equal to what is published is left alone (no new
 * version). A file with any error (its own, or across files: a duplicate slug,
 * a link to an entry that doesn't exist or is not imported) is reported at
 * its line and not imported at all; the others are. Should a new entry still
 * fail when it is written, nothing of it stays, nor of the new entries linking
 * to it, and no existing entry is changed to link to it: new entries are
 * written first, existing ones after.
 */
export async function importContent(payload: Payload, contentDir: string, options: ImportOptions = {}): Promise<ImportReport> {
  const log = options.log ?? (() => {})
  const report: ImportReport = { created: [], updated: [], unchanged: [], failed: [], settings: 'skipped' }
  const fail: Fail = (problem) => report.failed.push(problem)
  // Read and checked as `careers lint` checks them: a file with any error is not imported.
  const content = await readContent(contentDir)
  content.issues.filter(isError).forEach(fail)
  // Settings first: their change queues the render of every entry, which then replaces each entry's
  // own waiting render (one job per entry at a time) instead of rendering it a second time after.
  if (options.settings) report.settings = await importSettings(payload, contentDir, options.baseUrl, report)
  const existing = await allDocuments(payload)
  const bySlug = new Map(existing.map((d) => [d.slug ?? '', d]))
  const notImported = (slug: string) => (report.failed.some((f) => path.basename(f.file ?? '') === `${slug}.md`) ? `is not imported (${slug}.md has errors)` : 'is not imported')
  const importable = withoutLostLinks(content.entries, (slug) => bySlug.has(slug), fail, notImported)
  /** New entries that failed when written. */
  const lost = new Set<string>()

  // New entries first get an id (as drafts nobody sees), so links between new entries resolve.
  const placeholders = new Set<string>()
  for (const { file, entry } of importable) {
    if (bySlug.has(entry.slug)) continue
    try {
      const doc = await payload.create({
        collection: careerPathsSlug,
        data: { title: entry.title, slug: entry.slug, _status: 'draft' },
        draft: true,
        overrideAccess: true,
      })
      bySlug.set(entry.slug, doc)
      placeholders.add(entry.slug)
    } catch (error) {
      problemsOf(error, file, (field) => lineOf(file, field ?? 'slug')).forEach(fail)
      lost.add(entry.slug)
    }
  }
  /** A new entry that will not be published: it goes, with every new entry published so far that links to it. */
  const drop = async (slug: string) => {
    lost.add(slug)
    await removeEntry(payload, bySlug.get(slug)!)
    bySlug.delete(slug)
    for (const { file, entry } of importable) {
      if (!report.created.includes(entry.slug) || !entry.related.includes(slug)) continue
      report.created.splice(report.created.indexOf(entry.slug), 1)
      fail(problem(`related entry "${slug}" could not be imported, so this file is not imported either`, { rule: 'broken-link', file, line: lineOf(file, `related[${entry.related.indexOf(slug)}]`) }))
      log(`removed ${entry.slug}`)
      await drop(entry.slug)
    }
  }

  const slugOfId = () => new Map([...bySlug.values()].map((d) => [String(d.id), d.slug ?? '']))
  const newFirst = [...importable].sort((a, b) => Number(!placeholders.has(a.entry.slug)) - Number(!placeholders.has(b.entry.slug)))
  for (const { file, entry } of newFirst) {
    if (lost.has(entry.slug) && !placeholders.has(entry.slug)) continue // its placeholder could not be made: reported
    const isNew = placeholders.has(entry.slug)
    const lostLink = entry.related.findIndex((slug) => lost.has(slug))
    if (lostLink >= 0) {
      fail(problem(`related entry "${entry.related[lostLink]}" could not be imported, so this file is not imported either`, { rule: 'broken-link', file, line: lineOf(file, `related[${lostLink}]`) }))
      if (isNew) await drop(entry.slug)
      continue
    }
    const doc = bySlug.get(entry.slug)!
    if (!isNew && doc._status === 'published') {
      const names = slugOfId()
      if (
        isDeepStrictEqual(
          documentToEntry(doc, (id) => names.get(String(id))),
          entry,
        )
      ) {
        report.unchanged.push(entry.slug)
        continue
      }
    }
    try {
      await payload.update({
        collection: careerPathsSlug,
        id: doc.id,
        data: { ...entryToDocumentData(entry, (slug) => bySlug.get(slug)?.id), _status: 'published' },
        overrideAccess: true,
        context: { keepDates: true },
      })
      ;(isNew ? report.created : report.updated).push(entry.slug)
      log(`${isNew ? 'created' : 'updated'} ${entry.slug}`)
    } catch (error) {
      problemsOf(error, file, (field) => (field ? lineOf(file, field) : 1)).forEach(fail)
      if (isNew) await drop(entry.slug)
    }
  }

  // Then each locale's translations, of the entries now in the CMS.
  const names = slugOfId()
  const imported = new Map(importable.filter(({ entry }) => bySlug.has(entry.slug) && !lost.has(entry.slug)).map(({ entry }) => [entry.slug, entry]))
  const translations = await importTranslations(
    payload,
    contentDir,
    {
      outlines: content.outlines,
      entry: (slug) => {
        const doc = bySlug.get(slug)
        if (!doc) return undefined
        // What the CMS holds now: the file just imported, or the entry as it was.
        const shared = imported.get(slug) ?? documentToEntry(doc, (id) => names.get(String(id)))
        return { id: doc.id, tags: shared.tags ?? [], occupationCode: shared.occupationCode, related: shared.related }
      },
    },
    fail,
    log,
  )
  report.created.push(...translations.created)
  report.updated.push(...translations.updated)
  report.unchanged.push(...translations.unchanged)

  // Each publish queued its entry's render; the caller runs them (`drainRenders`) or leaves them to the worker.
  return report
}

/** A document and everything stored for it: its versions go with it, its render job removes its records. */
async function removeEntry(payload: Payload, doc: CareerPathDocument): Promise<void> {
  await payload.delete({ collection: careerPathsSlug, id: doc.id, overrideAccess: true })
}

async function allDocuments(payload: Payload): Promise<CareerPathDocument[]> {
  const { docs } = await payload.find({ collection: careerPathsSlug, depth: 0, limit: 0, pagination: false, overrideAccess: true, draft: false })
  return docs
}

async function importSettings(payload: Payload, contentDir: string, baseUrl: string | undefined, report: ImportReport) {
  const loaded = await loadSiteSettings(contentDir, baseUrl)
  if (!loaded.settings) {
    report.failed.push(...loaded.issues)
    return 'failed' as const
  }
  await payload.updateGlobal({ slug: settingsSlug, data: { ...loaded.settings }, overrideAccess: true })
  // Each other locale's texts (`locales:` in the file): its localized settings. A setting the file lets a locale vary but the CMS keeps one of for every language is reported when it differs.
  const file = path.join(contentDir, siteSettingsFileName)
  const shared = loaded.settings
  for (const [locale, own] of Object.entries(loaded.localized) as [Locale, SiteSettings][]) {
    for (const { path: at, setting } of settingLeaves) {
      const [mine, theirs] = [settingValue(own, at), settingValue(shared, at)]
      const field = at.join('.')
      if (!setting.localized && setting.fileVariesByLocale && mine !== theirs) {
        report.failed.push(problem(`locales.${locale}.${field}: the CMS keeps one ${field} for every language (${theirs}); ${JSON.stringify(mine)} is not imported`, { rule: 'settings-shared', file, line: 1 }))
      }
    }
    // The settings (top-level, whole groups) with a localized part: the locale's texts, and the group's shared values beside them.
    const inLocale = settingsFrom(({ path: at, setting }) => settingValue(setting.localized ? own : shared, at))
    const data = Object.fromEntries(localizedSettingNames.map((name) => [name, inLocale[name]]))
    await payload.updateGlobal({ slug: settingsSlug, locale, data, overrideAccess: true })
  }
  return 'imported' as const
}

/** The report as lines a terminal user reads. */
export function formatImportReport(report: ImportReport): string[] {
  const lines = [`imported: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${new Set(report.failed.map((f) => f.file)).size} failed`]
  for (const slug of report.created) lines.push(`  + ${slug}`)
  for (const slug of report.updated) lines.push(`  ~ ${slug}`)
  lines.push(...reportProblems(report.failed))
  if (report.settings !== 'skipped') lines.push(`settings: ${report.settings}`)
  return lines
}
