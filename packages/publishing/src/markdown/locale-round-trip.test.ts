import { entryHeadings, localeCodes } from '@careers/career-path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { careerPathIn } from '../test-support/arbitrary-entry.js'
import { parseMarkdown } from './parse-markdown.js'
import { renderMarkdown } from './render-markdown.js'

describe.each(localeCodes)('Markdown round trip in %s (property)', (locale) => {
  it('a generated entry renders with its locale’s headings and parses back to itself', () => {
    fc.assert(
      fc.property(careerPathIn(locale), (entry) => {
        const markdown = renderMarkdown(entry)
        expect(markdown.split('\n').filter((l) => /^#{2,3} /.test(l)).length).toBeGreaterThanOrEqual(entryHeadings(entry).length)
        const parsed = parseMarkdown(markdown, { locale })
        expect(parsed.issues.filter((i) => i.fatal)).toEqual([])
        expect(parsed.entry).toEqual(entry)
        expect(renderMarkdown(parsed.entry!)).toBe(markdown)
      }),
    )
  })
})
