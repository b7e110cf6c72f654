import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { careerPath } from '../test-support/arbitrary-entry.js'
import { parseMarkdown } from './parse-markdown.js'
import { renderMarkdown } from './render-markdown.js'

describe('Markdown round trip (property)', () => {
  it('parse(render(e)) deep-equals e, for entries full of Markdown characters', () => {
    fc.assert(
      fc.property(careerPath, (entry) => {
        const markdown = renderMarkdown(entry)
        const parsed = parseMarkdown(markdown)
        expect(parsed.issues.filter((i) => i.fatal)).toEqual([])
        expect(parsed.entry).toEqual(entry)
      }),
    )
  })

  it('renders the same entry to the same bytes, and a parsed render renders identically', () => {
    fc.assert(
      fc.property(careerPath, (entry) => {
        const once = renderMarkdown(entry)
        expect(renderMarkdown(structuredClone(entry))).toBe(once)
        expect(renderMarkdown(parseMarkdown(once).entry!)).toBe(once)
      }),
    )
  })
})
