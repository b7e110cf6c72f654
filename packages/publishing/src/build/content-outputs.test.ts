// The acceptance test of `careers build` on the real content: every output is
// read back with a tool that is not ours (commonmark.js, ajv + a JSON Feed 1.1
// schema, feedsmith, pdf.js, poppler's pdftotext) and checked against the entry.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lifeHeading, pageTitle, sections, type CareerPath } from '@careers/career-path'
import { Parser, type Node as CommonMarkNode } from 'commonmark'
import { parseJsonFeed } from 'feedsmith'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadContentEntries } from '../test-support/content-entries.js'
import { jsonFeedErrors } from '../test-support/json-feed-schema.js'
import { repoContentDir } from '../test-support/content-fixture.js'
import { flattenWhitespace, readPdf } from '../test-support/pdf-text.js'
import { buildSite } from './build-site.js'
import { outputPaths } from './output-paths.js'

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    console.warn('pdftotext (poppler-utils) is not installed: skipping the reading-order check; .ci/run installs it.')
    return false
  }
})()

const { entries } = loadContentEntries()
let out: string
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'careers-outputs-'))
  const result = await buildSite({ contentDir: repoContentDir, outDir: out, threads: 0 })
  expect(result.issues).toEqual([])
  // Every real handout is 1 to 3 A4 pages, as the brief promises readers.
  expect(result.warnings).toEqual([])
}, 120_000)
afterAll(() => rm(out, { recursive: true, force: true }))

/** The headings an entry's page has, in order, as the brief lays them out. */
function expectedHeadings(entry: CareerPath): string[] {
  const headings = [pageTitle(entry.title)]
  let life = false
  for (const spec of sections) {
    const value = entry[spec.key]
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
    if (spec.depth === 3 && !life) {
      headings.push(lifeHeading(entry.title))
      life = true
    }
    headings.push(spec.heading(entry.title))
    if (spec.key === 'specializations') headings.push(...entry.specializations.map((s) => s.name))
    if (spec.key === 'faqs') headings.push(...entry.faqs.map((f) => f.question))
  }
  return headings
}

function literalText(node: CommonMarkNode): string {
  let text = ''
  const walker = node.walker()
  for (let step = walker.next(); step; step = walker.next()) {
    if (step.entering && (step.node.type === 'text' || step.node.type === 'code')) text += step.node.literal
    if (step.entering && (step.node.type === 'softbreak' || step.node.type === 'linebreak')) text += ' '
  }
  return text
}

describe.each(entries.map(({ entry }) => [entry.slug, entry] as const))('%s', (slug, entry) => {
  it('Markdown: commonmark.js reads every heading and responsibility', async () => {
    // Front matter is not CommonMark: a reader that knows it takes it off first, as we do.
    const markdown = (await readFile(outputPaths(out, slug).markdown, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '')
    const doc = new Parser().parse(markdown)
    const headings: string[] = []
    const items: string[] = []
    const walker = doc.walker()
    for (let step = walker.next(); step; step = walker.next()) {
      if (!step.entering) continue
      if (step.node.type === 'heading') headings.push(literalText(step.node))
      if (step.node.type === 'item' && headings.at(-1) === sections[2]!.heading(entry.title)) items.push(literalText(step.node))
    }
    expect(headings).toEqual(expectedHeadings(entry))
    expect(items).toEqual(entry.responsibilities)
  })

  it('PDF: pdf.js extracts every section, responsibility, specialization and FAQ, on 1 to 3 A4 pages', async () => {
    const pdf = await readPdf(await readFile(outputPaths(out, slug).pdf))
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1)
    expect(pdf.pageCount).toBeLessThanOrEqual(3)
    for (const size of pdf.pageSizes) expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842])
    const text = flattenWhitespace(pdf.text)
    for (const expected of [...expectedHeadings(entry), ...entry.responsibilities, ...entry.specializations.map((s) => s.description)]) {
      expect(text).toContain(flattenWhitespace(expected))
    }
    expect(pdf.info.Title).toBe(pageTitle(entry.title))
  })

  it.runIf(hasPdftotext)('PDF: pdftotext extracts the sections in reading order', async () => {
    const text = flattenWhitespace(execFileSync('pdftotext', ['-enc', 'UTF-8', outputPaths(out, slug).pdf, '-'], { encoding: 'utf8' }))
    const responsibilitiesHeading = sections.find((x) => x.key === 'responsibilities')!.heading(entry.title)
    const sequence = expectedHeadings(entry).flatMap((h) => (h === responsibilitiesHeading ? [h, ...entry.responsibilities] : [h]))
    let from = 0
    for (const expected of sequence) {
      const at = text.indexOf(flattenWhitespace(expected), from)
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0)
      from = at
    }
  })
})

describe('feed.json', () => {
  it('is valid JSON Feed 1.1 (schema from the spec), read by feedsmith, one item per entry with true sizes', async () => {
    const feed = JSON.parse(await readFile(join(out, 'feed.json'), 'utf8'))
    expect(jsonFeedErrors(feed)).toEqual([])
    expect(parseJsonFeed(feed).items).toHaveLength(entries.length)
    for (const item of feed.items) {
      const slug = item._career_path.slug
      const paths = outputPaths(out, slug)
      expect(item.attachments).toEqual([
        expect.objectContaining({ mime_type: 'application/pdf', size_in_bytes: (await stat(paths.pdf)).size }),
        expect.objectContaining({ mime_type: 'text/markdown', size_in_bytes: (await stat(paths.markdown)).size }),
      ])
      expect(item.content_text).toBe(await readFile(paths.markdown, 'utf8'))
      expect(JSON.parse(await readFile(paths.json, 'utf8'))).toEqual(item._career_path)
      // `about` is the address of the extension's description, which the build writes beside the feed.
      expect(await readFile(join(out, new URL(item._career_path.about).pathname), 'utf8')).toMatch(/^# The `_career_path` JSON Feed extension/)
    }
  })
})
