import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { normalizeRichText, richTextFields, type CareerPath, type RichText } from '@careers/career-path'
import { parseMarkdown } from '@careers/publishing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lexicalToMdast, mdastToLexical } from './index.js'
import { canonicalRichText, looseRichText } from './test-support/arbitrary-rich-text.js'

describe('round trips', () => {
  it('mdast → Lexical → mdast returns every canonical tree unchanged', () => {
    fc.assert(
      fc.property(canonicalRichText, (tree) => {
        expect(normalizeRichText(tree)).toStrictEqual(tree)
        expect(lexicalToMdast(mdastToLexical(tree))).toStrictEqual(tree)
      }),
    )
  })

  it('Lexical → mdast → Lexical returns any state mdastToLexical wrote unchanged, however the tree was nested', () => {
    fc.assert(
      fc.property(looseRichText, (tree) => {
        const state = mdastToLexical(tree)
        expect(mdastToLexical(lexicalToMdast(state))).toStrictEqual(state)
      }),
    )
  })

  it('lexicalToMdast gives normal form, each tree in one shape', () => {
    fc.assert(
      fc.property(looseRichText, (tree) => {
        const out = lexicalToMdast(mdastToLexical(tree))
        expect(normalizeRichText(out)).toStrictEqual(out)
        expect(lexicalToMdast(mdastToLexical(out))).toStrictEqual(out)
      }),
    )
  })
})

describe('the real entries survive mdast → Lexical → mdast', () => {
  const dir = fileURLToPath(new URL('../../../content/career-paths', import.meta.url))
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()

  it('finds the entries', () => {
    expect(files.length).toBeGreaterThan(5)
  })

  it.each(files)('%s', (file) => {
    const { entry, issues } = parseMarkdown(readFileSync(`${dir}/${file}`, 'utf8'))
    expect(entry, JSON.stringify(issues)).toBeDefined()
    const fields = richTextOf(entry!)
    expect(fields.length).toBeGreaterThan(0)
    for (const [path, tree] of fields) {
      expect(lexicalToMdast(mdastToLexical(tree)), path).toStrictEqual(tree)
    }
  })
})

function richTextOf(entry: CareerPath): [string, RichText][] {
  const fields: [string, RichText][] = []
  for (const key of richTextFields) {
    const value = entry[key]
    if (value) fields.push([key, value])
  }
  for (const [i, faq] of entry.faqs.entries()) fields.push([`faqs[${i}].answer`, faq.answer])
  return fields
}
