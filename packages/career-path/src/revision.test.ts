import { describe, expect, it } from 'vitest'
import type { CareerPath } from './career-path.js'
import { paragraphs } from './rich-text.js'
import { isStaleTranslation, translatableFields, translationRevision } from './revision.js'

const source: CareerPath = {
  title: 'Backend Developer',
  slug: 'backend-developer',
  definition: paragraphs('Builds servers.'),
  whatTheyDo: paragraphs('Writes APIs.'),
  responsibilities: ['Designing APIs.'],
  specializations: [{ name: 'API Developer', description: 'APIs.' }],
  faqs: [{ question: 'Hard?', answer: paragraphs('Sometimes.') }],
  related: ['qa-engineer'],
  tags: ['engineering'],
}

describe('translationRevision', () => {
  it('hashes the title and the translated sections in the order shipped translations recorded their revisions with', () => {
    // Taken from the sections table; a reordered table must not move every shipped `source_revision`.
    expect(translatableFields).toEqual(['title', 'definition', 'whatTheyDo', 'responsibilities', 'specializations', 'workEnvironment', 'workingConditions', 'difficulty', 'outlook', 'faqs'])
  })

  it('is 16 hex digits, the same for the same text', () => {
    expect(translationRevision(source)).toMatch(/^[0-9a-f]{16}$/)
    expect(translationRevision(structuredClone(source))).toBe(translationRevision(source))
  })

  it('moves when translatable text changes', () => {
    for (const changed of [
      { ...source, title: 'Backend Engineer' },
      { ...source, definition: paragraphs('Builds servers!') },
      { ...source, responsibilities: ['Designing APIs.', 'Testing.'] },
      { ...source, faqs: [{ question: 'Hard?', answer: paragraphs('Often.') }] },
      { ...source, outlook: paragraphs('Good.') },
    ]) {
      expect(translationRevision(changed)).not.toBe(translationRevision(source))
    }
  })

  it('stays when only shared or untranslated fields change (tags, related, dates, key order, positions)', () => {
    const { title, ...rest } = source
    const reordered: CareerPath = { updated: '2026-12-01', ...rest, title, tags: ['x'], related: [] }
    const positioned = structuredClone(source)
    ;(positioned.definition.children[0] as { position?: unknown }).position = { start: { line: 3, column: 1 }, end: { line: 3, column: 9 } }
    expect(translationRevision(reordered)).toBe(translationRevision(source))
    expect(translationRevision(positioned)).toBe(translationRevision(source))
  })

  it('tells a stale translation from a current one', () => {
    const current = { translation: { sourceRevision: translationRevision(source) } }
    expect(isStaleTranslation(current, source)).toBe(false)
    expect(isStaleTranslation(current, { ...source, title: 'Backend Engineer' })).toBe(true)
    expect(isStaleTranslation({}, source)).toBe(true)
  })
})
