import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { defaultLocale, localeCodes, type Locale } from '@careers/career-path'
import { renderMarkdown } from '@careers/publishing'
import { contentFilePath, contentFolderPath } from '@careers/publishing/contract'
import type { Payload } from 'payload'
import { allPublishedEntries } from '../entries/load-entries'

export interface ExportReport {
  written: string[]
  unchanged: string[]
  /** Files in the folder with no published entry: left in place, named so nobody is surprised. */
  notInCms: string[]
}

/**
 * Every published entry → `<contentDir>/career-paths/<slug>.md` in canonical
 * Markdown, and each locale it is published in → `<contentDir>/<locale>/career-paths/<slug>.md`
 * (its related links those published in that locale, as its outputs show them),
 * so `content/` can be a git backup of the CMS. Files already equal
 * are not rewritten; files of entries the CMS does not have are kept.
 */
export async function exportContent(payload: Payload, contentDir: string): Promise<ExportReport> {
  const report: ExportReport = { written: [], unchanged: [], notInCms: [] }
  for (const locale of localeCodes) await exportLocale(payload, contentDir, locale, report)
  return report
}

async function exportLocale(payload: Payload, contentDir: string, locale: Locale, report: ExportReport): Promise<void> {
  const dir = path.join(contentDir, contentFolderPath(locale))
  const entries = await allPublishedEntries({ payload, locale })
  // A locale nothing is published in gets no folder (an existing one is still checked for files the CMS lacks).
  if (entries.length || locale === defaultLocale) await mkdir(dir, { recursive: true })
  for (const { entry, relatedTitles } of entries) {
    const file = path.join(contentDir, contentFilePath(locale, entry.slug))
    const markdown = renderMarkdown(entry, { relatedTitles })
    const before = await readFile(file, 'utf8').catch(() => undefined)
    if (before === markdown) {
      report.unchanged.push(file)
      continue
    }
    await writeFile(file, markdown)
    report.written.push(file)
  }
  const files = new Set(entries.map((e) => path.join(contentDir, contentFilePath(locale, e.entry.slug))))
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names.sort()) if (name.endsWith('.md') && !files.has(path.join(dir, name))) report.notInCms.push(path.join(dir, name))
}
