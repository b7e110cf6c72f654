import { isDeepStrictEqual } from 'node:util'
import { loadSiteSettings, readContent } from '@careers/publishing/build'
import type { Payload } from 'payload'
import { careerPathsSlug, settingsSlug } from '../collections/slugs'
import { storedFeedItems } from '../outputs/stored-feed-items'
import { documentToEntry, entryToDocumentData, type CareerPathDocument } from '../entries/document-entry'

export interface ImportProblem {
  file: string
  line: number
  message: string
}

export interface ImportReport {
  created: string[]
  updated: string[]
  unchanged: string[]
  /** Files not imported, each with every problem found; nothing of them was written. */
  failed: ImportProblem[]
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
 * `content/career-paths/*.md` → published `career-paths`, upserted by slug.
 * Idempotent: an entry equal to what is published is left alone (no new
 * version). A file with any error (its own, or across files: a duplicate slug,
 * a link to an entry that doesn't exist) is reported at its line and not
 * imported at all; the others are.
 */
export async function importContent(payload: Payload, contentDir: string, options: ImportOptions = {}): Promise<ImportReport> {
  const log = options.log ?? (() => {})
  const report: ImportReport = { created: [], updated: [], unchanged: [], failed: [], settings: 'skipped' }
  // Read and checked as `careers lint` checks them: a file with any error is not imported.
  const content = await readContent(contentDir)
  for (const issue of content.issues) {
    if (issue.severity === 'error') report.failed.push({ file: issue.file, line: issue.line, message: issue.message })
  }
  const importable = content.entries
  const existing = await allDocuments(payload)
  const bySlug = new Map(existing.map((d) => [d.slug ?? '', d]))

  // New entries first get an id (as drafts nobody sees), so links between new entries resolve.
  const placeholders = new Set<string>()
  for (const { entry } of importable) {
    if (bySlug.has(entry.slug)) continue
    const doc = await payload.create({
      collection: careerPathsSlug,
      data: { title: entry.title, slug: entry.slug, _status: 'draft' },
      draft: true,
      overrideAccess: true,
      context: { skipRender: true },
    })
    bySlug.set(entry.slug, doc as unknown as CareerPathDocument)
    placeholders.add(entry.slug)
  }

  const slugOfId = () => new Map([...bySlug.values()].map((d) => [String(d.id), d.slug ?? '']))
  for (const { file, entry } of importable) {
    const doc = bySlug.get(entry.slug)!
    const isNew = placeholders.has(entry.slug)
    if (!isNew && doc._status === 'published') {
      const names = slugOfId()
      if (isDeepStrictEqual(documentToEntry(doc, (id) => names.get(String(id))), entry)) {
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
      report.failed.push({ file, line: 1, message: describe(error) })
      if (isNew) {
        await payload.delete({ collection: careerPathsSlug, id: doc.id, overrideAccess: true })
        bySlug.delete(entry.slug)
      }
    }
  }

  if (options.settings) report.settings = await importSettings(payload, contentDir, options.baseUrl, report)
  // Each publish rendered its entry while some links were still unpublished; render the final state
  // now, so the first readers are served stored bytes.
  await storedFeedItems(payload)
  return report
}

async function allDocuments(payload: Payload): Promise<CareerPathDocument[]> {
  const { docs } = await payload.find({ collection: careerPathsSlug, depth: 0, limit: 0, pagination: false, overrideAccess: true, draft: false })
  return docs as unknown as CareerPathDocument[]
}

async function importSettings(payload: Payload, contentDir: string, baseUrl: string | undefined, report: ImportReport) {
  const loaded = await loadSiteSettings(contentDir, baseUrl)
  if (!loaded.settings) {
    for (const issue of loaded.issues) report.failed.push({ file: issue.file, line: issue.line, message: issue.message })
    return 'failed' as const
  }
  await payload.updateGlobal({ slug: settingsSlug, data: { ...loaded.settings }, overrideAccess: true })
  return 'imported' as const
}

/** Payload's validation errors carry one message per field; name them all. */
function describe(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  if (data?.errors?.length) return data.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')
  return error instanceof Error ? error.message : String(error)
}

/** The report as lines a terminal user reads. */
export function formatImportReport(report: ImportReport): string[] {
  const lines = [
    `imported: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${new Set(report.failed.map((f) => f.file)).size} failed`,
  ]
  for (const slug of report.created) lines.push(`  + ${slug}`)
  for (const slug of report.updated) lines.push(`  ~ ${slug}`)
  for (const problem of report.failed) lines.push(`${problem.file}:${problem.line}: ${problem.message}`)
  if (report.settings !== 'skipped') lines.push(`settings: ${report.settings}`)
  return lines
}

