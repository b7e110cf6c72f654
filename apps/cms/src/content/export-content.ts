import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderMarkdown } from '@careers/publishing'
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
 * Markdown, so `content/` can be a git backup of the CMS. Files already equal
 * are not rewritten; files of entries the CMS does not have are kept.
 */
export async function exportContent(payload: Payload, contentDir: string): Promise<ExportReport> {
  const dir = path.join(contentDir, 'career-paths')
  await mkdir(dir, { recursive: true })
  const report: ExportReport = { written: [], unchanged: [], notInCms: [] }
  const entries = await allPublishedEntries({ payload })
  for (const { entry, relatedTitles } of entries) {
    const file = path.join(dir, `${entry.slug}.md`)
    const markdown = renderMarkdown(entry, { relatedTitles })
    const before = await readFile(file, 'utf8').catch(() => undefined)
    if (before === markdown) {
      report.unchanged.push(file)
      continue
    }
    await writeFile(file, markdown)
    report.written.push(file)
  }
  const slugs = new Set(entries.map((e) => `${e.entry.slug}.md`))
  for (const name of (await readdir(dir)).sort()) if (name.endsWith('.md') && !slugs.has(name)) report.notInCms.push(path.join(dir, name))
  return report
}
