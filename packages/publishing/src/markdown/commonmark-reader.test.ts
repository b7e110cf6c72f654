import { withArticle, type CareerPath } from '@careers/career-path'
import { Parser, type Node } from 'commonmark'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { careerPath } from '../test-support/arbitrary-entry.js'
import { renderMarkdown } from './render-markdown.js'

/**
 * Reads our Markdown with commonmark.js, a CommonMark reader that shares no code
 * with remark: if user text came out as markup anywhere, another reader would
 * see headings, lists or HTML that the entry does not have.
 */
const reader = new Parser()

/** The body after the YAML front matter, which CommonMark itself does not know. */
function body(markdown: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(markdown)
  expect(match, 'front matter').not.toBeNull()
  return markdown.slice(match![0].length)
}

function children(node: Node): Node[] {
  const out: Node[] = []
  for (let child = node.firstChild; child; child = child.next) out.push(child)
  return out
}

/** The literal text of an inline container that holds nothing but text. */
function onlyText(node: Node): string {
  const kids = children(node)
  const notText = kids.filter((k) => k.type !== 'text')
  expect(
    notText.map((k) => `${k.type}: ${k.literal ?? ''}`),
    'markup inside user text',
  ).toEqual([])
  return kids.map((k) => k.literal).join('')
}

/** The headings an entry must have, written out here from the brief rather than from the section table. */
function expectedHeadings(entry: CareerPath): [number, string][] {
  const t = entry.title
  const a = withArticle(t)
  const out: [number, string][] = [[1, `${t} Career Path`]]
  out.push([2, `Definition of ${a}`], [2, `What does ${a} do`], [2, `Key responsibilities of ${a}`])
  if (entry.specializations.length) {
    out.push([2, `Types of ${t}`], ...entry.specializations.map((s): [number, string] => [3, s.name]))
  }
  const life: [number, string][] = []
  if (entry.workEnvironment) life.push([3, `${t} work environment`])
  if (entry.workingConditions) life.push([3, `${t} working conditions`])
  if (entry.difficulty) life.push([3, `How hard is it to be ${a}`])
  if (entry.outlook) life.push([3, `Is ${a} a good career path`])
  if (life.length) out.push([2, `What it's like to be ${a}`], ...life)
  if (entry.faqs.length) out.push([2, `FAQs about being ${a}`], ...entry.faqs.map((f): [number, string] => [3, f.question]))
  if (entry.related.length) out.push([2, 'Related Career Paths'])
  return out
}

function read(entry: CareerPath): Node {
  return reader.parse(body(renderMarkdown(entry)))
}

describe('rendered Markdown read by an independent CommonMark parser (commonmark.js)', () => {
  it('has exactly the expected headings, with the exact user text (property)', () => {
    fc.assert(
      fc.property(careerPath, (entry) => {
        const doc = read(entry)
        const headings: [number, string][] = []
        const walker = doc.walker()
        for (let step = walker.next(); step; step = walker.next()) {
          if (step.entering && step.node.type === 'heading') headings.push([step.node.level, onlyText(step.node)])
        }
        expect(headings).toEqual(expectedHeadings(entry))
      }),
    )
  })

  it('makes each responsibility one list item whose literal text is the string (property)', () => {
    fc.assert(
      fc.property(careerPath, (entry) => {
        const blocks = children(read(entry))
        const at = blocks.findIndex((b) => b.type === 'heading' && b.level === 2 && onlyText(b).startsWith('Key responsibilities of '))
        expect(at).toBeGreaterThan(0)
        const list = blocks[at + 1]!
        expect(list.type).toBe('list')
        expect(list.listType).toBe('bullet')
        // Nothing else in the section: the next block is the next heading (or the end).
        const next = blocks[at + 2]
        if (next) expect(next.type).toBe('heading')
        const items = children(list)
        expect(items).toHaveLength(entry.responsibilities.length)
        items.forEach((item, i) => {
          const [paragraph, ...rest] = children(item)
          expect(rest).toEqual([])
          expect(paragraph!.type).toBe('paragraph')
          expect(onlyText(paragraph!)).toBe(entry.responsibilities[i])
        })
      }),
    )
  })

  it('makes each specialization description one paragraph of literal text, and each related entry one link to its file (property)', () => {
    fc.assert(
      fc.property(careerPath, (entry) => {
        const blocks = children(read(entry))
        if (entry.specializations.length) {
          const at = blocks.findIndex((b) => b.type === 'heading' && b.level === 2 && onlyText(b) === `Types of ${entry.title}`)
          expect(at).toBeGreaterThan(0)
          // "### name" then one paragraph, for each specialization in order, then the next section.
          const section = blocks.slice(at + 1, at + 1 + 2 * entry.specializations.length)
          expect(section.map((b) => (b.type === 'heading' ? `h${b.level}` : b.type))).toEqual(entry.specializations.flatMap(() => ['h3', 'paragraph']))
          expect(section.map(onlyText)).toEqual(entry.specializations.flatMap((s) => [s.name, s.description]))
          const after = blocks[at + 1 + section.length]
          if (after) expect(after.type === 'heading' && after.level === 2).toBe(true)
        }
        if (entry.related.length) {
          const list = blocks[blocks.length - 1]!
          expect(list.type).toBe('list')
          const links = children(list).map((item) => {
            const [paragraph] = children(item)
            const [link, ...rest] = children(paragraph!)
            expect(rest).toEqual([])
            expect(link!.type).toBe('link')
            return [link!.destination, onlyText(link!)]
          })
          expect(links).toEqual(entry.related.map((slug) => [`${slug}.md`, slug]))
        }
      }),
    )
  })

  it('never lets user text become HTML (property)', () => {
    fc.assert(
      fc.property(careerPath, (entry) => {
        const types = new Set<string>()
        const walker = read(entry).walker()
        for (let step = walker.next(); step; step = walker.next()) types.add(step.node.type)
        const forbidden = ['html_inline', 'html_block', 'image', 'code_block', 'block_quote', 'thematic_break']
        expect(forbidden.filter((t) => types.has(t))).toEqual([])
      }),
    )
  })

  it('reads hostile titles literally (examples)', () => {
    const base: CareerPath = {
      title: 'x',
      slug: 'x',
      definition: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'd' }] }] },
      whatTheyDo: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'w' }] }] },
      responsibilities: ['1. not a numbered list', '# not a heading', '<b>not bold</b>', '* not emphasis *', '[x](y)', '- [ ] task', '***', '2) item', '<2@a> career', '<.x@y>', '<_a@b.co>', '<http://x>'],
      specializations: [{ name: '## hashes', description: '> not a quote' }],
      faqs: [],
      related: [],
    }
    for (const title of ['C# & .NET <Developer>', '*Star* Engineer', '1. Numbered', '# Hash', 'a | b | c', '`code` Dev', '&amp; Entity', 'Back\\slash']) {
      const entry = { ...base, title }
      const doc = read(entry)
      const h1 = children(doc)[0]!
      expect(h1.type).toBe('heading')
      expect(onlyText(h1)).toBe(`${title} Career Path`)
      const items = children(children(doc).find((b) => b.type === 'list')!).map((item) => onlyText(children(item)[0]!))
      expect(items).toEqual(base.responsibilities)
    }
  })
})
