import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { slugPattern, validateCareerPath } from '@careers/career-path'
import { describe, expect, it } from 'vitest'
import { reportProblems } from '../build/report-problems.js'
import { parseMarkdown } from './parse-markdown.js'
import { renderMarkdown } from './render-markdown.js'
import { entriesDir } from '../test-support/content-entries.js'

// Read here, not with loadContentEntries: this test must see a file with errors, not throw on it.
const files = readdirSync(entriesDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(entriesDir, name), 'utf8') }))
const parsed = files.map((file) => ({ ...file, result: parseMarkdown(file.text) }))
const relatedTitles = Object.fromEntries(parsed.flatMap(({ result }) => (result.entry ? [[result.entry.slug, result.entry.title]] : [])))

describe('content/career-paths', () => {
  it('holds the entries (the folder was found and is not empty)', () => {
    expect(files.length).toBeGreaterThanOrEqual(10)
    expect(files.map((f) => f.name)).toContain('backend-developer.md')
  })

  describe.each(parsed)('$name', ({ name, text, result }) => {
    it('parses with no errors and no warnings', () => {
      expect(reportProblems(result.issues, () => name)).toEqual([])
      expect(result.entry).toBeDefined()
    })

    it('is a valid entry whose slug is its file name', () => {
      const entry = result.entry!
      expect(validateCareerPath(entry)).toEqual({ ok: true, value: entry })
      expect(entry.slug).toMatch(slugPattern)
      expect(`${entry.slug}.md`).toBe(name)
    })

    it('links only to entries that exist', () => {
      for (const slug of result.entry!.related) expect(Object.keys(relatedTitles)).toContain(slug)
    })

    it('re-renders byte for byte', () => {
      const rendered = renderMarkdown(result.entry!, { relatedTitles })
      if (rendered !== text) {
        // Point at the first differing line rather than dumping two whole files.
        const a = rendered.split('\n')
        const b = text.split('\n')
        const line = a.findIndex((l, i) => l !== b[i])
        expect({ line: line + 1, rendered: a[line], file: b[line] }).toEqual({ line: line + 1, rendered: b[line], file: b[line] })
      }
      expect(Buffer.from(rendered).equals(Buffer.from(text))).toBe(true)
    })

    it('records the line of every section it read', () => {
      const lines = text.split('\n')
      for (const [key, heading] of [
        ['definition', /^## Definition of /],
        ['whatTheyDo', /^## What does /],
        ['responsibilities', /^- /],
      ] as const) {
        const line = result.lines[key]
        expect(line, key).toBeDefined()
        expect(lines[line! - 1], key).toMatch(heading)
      }
    })
  })
})
