import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseMarkdown } from '@careers/publishing'
import { describe, expect, it } from 'vitest'
import { VFileMessage } from '@careers/career-path'
import { documentToEntry, entryToDocumentData, type CareerPathDocument } from './document-entry'

const entriesDir = path.resolve(import.meta.dirname, '../../../../content/career-paths')
const entries = readdirSync(entriesDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => parseMarkdown(readFileSync(path.join(entriesDir, f), 'utf8')).entry!)

describe('Payload document ⇄ entry', () => {
  it.each(entries.map((e) => [e.slug, e] as const))('%s survives entry → document → entry unchanged', (_slug, entry) => {
    const ids = new Map(entries.map((e, i) => [e.slug, i + 1]))
    const slugs = new Map([...ids].map(([slug, id]) => [id, slug]))
    const doc = { id: 99, ...entryToDocumentData(entry, (s) => ids.get(s)) } as CareerPathDocument
    expect(documentToEntry(doc, (id) => slugs.get(Number(id)))).toEqual(entry)
  })

  it('leaves out links to documents the caller does not know (unpublished or deleted)', () => {
    const entry = entries.find((e) => e.related.length >= 2)!
    const doc = { id: 1, ...entryToDocumentData(entry, (s) => s) } as CareerPathDocument
    const kept = entry.related.slice(1)
    expect(documentToEntry(doc, (id) => (kept.includes(String(id)) ? String(id) : undefined)).related).toEqual(kept)
  })

  it('names the field of rich text the model cannot hold', () => {
    const doc = {
      id: 1,
      title: 'X',
      slug: 'x',
      definition: { root: { type: 'root', children: [{ type: 'heading', tag: 'h2', children: [], version: 1 }], version: 1 } },
    } as unknown as CareerPathDocument
    expect(() => documentToEntry(doc, () => undefined)).toThrow(VFileMessage)
    try {
      documentToEntry(doc, () => undefined)
    } catch (error) {
      expect(error).toMatchObject({ field: 'definition', ruleId: 'unsupported-rich-text', source: 'careers', fatal: true, reason: expect.stringMatching(/^definition: Headings are not allowed/) })
    }
  })

  it('names a FAQ answer by the model’s path', () => {
    const heading = { root: { type: 'root', children: [{ type: 'heading', tag: 'h2', children: [], version: 1 }], version: 1 } }
    const doc = { id: 1, title: 'X', slug: 'x', faqs: [{ question: 'Q?', answer: heading }] } as unknown as CareerPathDocument
    expect(() => documentToEntry(doc, () => undefined)).toThrow(expect.objectContaining({ field: 'faqs[0].answer' }))
  })
})
