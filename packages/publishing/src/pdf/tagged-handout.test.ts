// The handout's tagging, read back by tools that did not write it: pdf.js
// (structure tree, marked content), poppler's pdfinfo, qpdf, an XML parser.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { pageTitle } from '@careers/career-path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHandout } from './index.js'
import { careerPath } from '../test-support/arbitrary-entry.js'
import { loadContentEntries } from '../test-support/content-entries.js'
import { readPdfStructure } from '../test-support/pdf-structure.js'
import { sampleEntry, sampleRelatedTitles, sampleSite } from '../test-support/sample-entry.js'
import { installedTool } from '../test-support/installed-tool.js'
import { expectTaggedHandout } from '../test-support/tagged-handout.js'

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve))

const hasPdfinfo = installedTool('pdfinfo', '-v', 'poppler-utils', 'the tagged handout')
const hasQpdf = installedTool('qpdf', '--version', 'qpdf', 'the tagged handout')

describe('tagged handout: structure tree and marked content (pdf.js)', () => {
  const { entries, relatedTitles } = loadContentEntries()

  it.each(entries.map(({ file, entry }) => [file, entry] as const))('%s: headings in reading order, every text tagged or an artifact', async (_file, entry) => {
    const pages = await readPdfStructure(await renderHandout(entry, { site: sampleSite, relatedTitles }))
    expectTaggedHandout(entry, pages)
    await yieldToEventLoop()
  })

  it('tags the sample: lists with their labels, each link around its text with its annotation', async () => {
    const pages = await readPdfStructure(await renderHandout(sampleEntry, { site: sampleSite, relatedTitles: sampleRelatedTitles }))
    expectTaggedHandout(sampleEntry, pages)
    const first = pages[0]!.document!
    expect(first.children.slice(0, 3).map((e) => e.role)).toEqual(['P', 'H1', 'H2'])
    const owasp = pages
      .flatMap((p) => p.document!.children)
      .flatMap(function links(e): (typeof e)[] {
        return [...(e.role === 'Link' ? [e] : []), ...e.children.flatMap(links)]
      })
    const owaspLink = owasp.find((link) => link.text.includes('OWASP'))
    expect(owaspLink?.annotations).toHaveLength(1)
    const call = pages.at(-1)!.document!.children.find((e) => e.role === 'P' && e.children.some((c) => c.role === 'Link' && c.text.includes(sampleSite.callToAction.label)))
    expect(call, 'call to action as a paragraph of links').toBeDefined()
  })

  it('keeps it so for generated entries of every rich-text shape', async () => {
    await fc.assert(
      fc.asyncProperty(careerPath, async (entry) => {
        const pages = await readPdfStructure(await renderHandout(entry, { site: sampleSite }))
        expectTaggedHandout(entry, pages)
        await yieldToEventLoop()
      }),
      // Ends at the first failure: shrinking re-renders hundreds of handouts.
      // A quarter of the suite's runs: each is a whole handout (FC_RUNS in vitest.properties.ts).
      { numRuns: Math.ceil(fc.readConfigureGlobal().numRuns! / 4), endOnFailure: true },
    )
  }, 240_000)
})

describe('tagged handout: catalog and metadata', () => {
  let dir: string
  let file: string
  let bytes: Uint8Array
  const entry = { ...sampleEntry, title: 'R&D <Lead> “Engineer”' }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'careers-tagged-'))
    file = join(dir, 'handout.pdf')
    bytes = await renderHandout(entry, { site: sampleSite, relatedTitles: sampleRelatedTitles })
    await writeFile(file, bytes)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it.runIf(hasPdfinfo)('is tagged and PDF 1.7, says pdfinfo', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    expect(info).toMatch(/^PDF version:\s+1\.7$/m)
  })

  it.runIf(hasQpdf)('has /Lang, /MarkInfo << /Marked true >> and /DisplayDocTitle, says qpdf', () => {
    const json = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 1 << 26 })) as {
      qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>]
    }
    const objects = json.qpdf[1]
    const resolve = (value: unknown) => (typeof value === 'string' && / R$/.test(value) ? objects[`obj:${value}`]?.value : value) as Record<string, unknown>
    const catalog = Object.values(objects).find((o) => o.value?.['/Type'] === '/Catalog')?.value
    expect(catalog).toBeDefined()
    expect(catalog!['/Lang']).toBe(`u:${sampleSite.language}`)
    expect(resolve(catalog!['/MarkInfo'])['/Marked']).toBe(true)
    expect(resolve(catalog!['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true)
    expect(resolve(catalog!['/StructTreeRoot'])['/Type']).toBe('/StructTreeRoot')
  })

  it('carries an XMP packet that parses, with dc:title and PDF/UA-1', () => {
    const text = Buffer.from(bytes).toString('latin1')
    const packet = /<\?xpacket begin[\s\S]*?<\?xpacket end="w"\?>/.exec(text)?.[0]
    expect(packet, 'XMP packet').toBeDefined()
    const xml = Buffer.from(packet!, 'latin1').toString('utf8')
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = new XMLParser({ ignoreAttributes: false, removeNSPrefix: false }).parse(xml)
    const descriptions = [parsed['x:xmpmeta']['rdf:RDF']['rdf:Description']].flat() as Record<string, unknown>[]
    const title = descriptions.find((d) => 'dc:title' in d)?.['dc:title'] as { 'rdf:Alt': { 'rdf:li': { '#text': string } } }
    expect(title['rdf:Alt']['rdf:li']['#text']).toBe(pageTitle(entry.title))
    expect(descriptions.find((d) => 'pdfuaid:part' in d)?.['pdfuaid:part']).toBe(1)
  })
})
