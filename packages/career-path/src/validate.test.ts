import type { RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import type { CareerPath } from './career-path.js'
import { limits } from './limits.js'
import { paragraphs, type RichText } from './rich-text.js'
import { VFileMessage } from './problem.js'
import { validateCareerPath } from './validate.js'

/** A small valid entry; every test breaks one thing in a fresh copy. */
function validEntry(): CareerPath {
  return {
    title: 'Backend Developer',
    slug: 'backend-developer',
    definition: paragraphs('A Backend Developer builds the server side.'),
    whatTheyDo: paragraphs('They design APIs.'),
    responsibilities: ['Designing APIs.', 'Writing tests.'],
    specializations: [{ name: 'API Engineer', description: 'Builds APIs.' }],
    workEnvironment: paragraphs('Offices and homes.'),
    faqs: [
      { question: 'Is it hard?', answer: paragraphs('Sometimes.') },
      { question: 'Is it fun?', answer: paragraphs('Yes.') },
    ],
    related: ['frontend-developer'],
    tags: ['engineering'],
    occupationCode: '15-1252.00',
    updated: '2026-11-01',
  }
}

/** Each problem as the field it names, what it says of it and its line (when the tree had positions). */
function issuesOf(input: unknown): { path: string | undefined; message: string; line?: number }[] {
  const result = validateCareerPath(input)
  return result.ok ? [] : result.issues.map((m) => ({ path: m.field, message: m.reason, ...(m.line ? { line: m.line } : {}) }))
}

function richText(...children: RootContent[]): RichText {
  return { type: 'root', children } as RichText
}

function linkTo(url: string): RichText {
  return richText({
    type: 'paragraph',
    children: [
      { type: 'text', value: 'see ' },
      { type: 'link', url, children: [{ type: 'text', value: 'this' }] },
    ],
  })
}

/** A bullet list with one item per argument, each item holding the given blocks. */
function bulletList(...items: RootContent[][]): RootContent {
  return { type: 'list', ordered: false, spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children })) } as RootContent
}

describe('validateCareerPath', () => {
  it('accepts a valid entry and returns it', () => {
    const entry = validEntry()
    expect(validateCareerPath(entry)).toEqual({ ok: true, value: entry })
  })

  it('refuses what is not an entry at all', () => {
    for (const input of [undefined, null, 42, 'Backend Developer', []]) {
      expect(validateCareerPath(input).ok).toBe(false)
    }
  })

  it('says a missing field is required, and a field of the wrong kind must be text', () => {
    const { title: _title, ...noTitle } = validEntry()
    expect(issuesOf(noTitle)).toContainEqual({ path: 'title', message: 'is required' })
    expect(issuesOf({ ...validEntry(), title: 42 })).toContainEqual({ path: 'title', message: 'must be text' })
  })

  it('cuts a long unsafe URL in its message', () => {
    const url = `javascript:${'a'.repeat(10_000)}`
    const [issue] = issuesOf({ ...validEntry(), definition: linkTo(url) })
    expect(issue!.message.length).toBeLessThan(200)
  })

  describe('each issue names its field path', () => {
    it.each<[string, (e: CareerPath) => void, string]>([
      ['an empty FAQ answer', (e) => void (e.faqs[1]!.answer = richText()), 'faqs[1].answer'],
      ['an empty FAQ question', (e) => void (e.faqs[1]!.question = ' '), 'faqs[1].question'],
      ['no responsibilities', (e) => void (e.responsibilities = []), 'responsibilities'],
      ['an empty responsibility', (e) => void (e.responsibilities[1] = ''), 'responsibilities[1]'],
      ['a two-line responsibility', (e) => void (e.responsibilities[0] = 'one\ntwo'), 'responsibilities[0]'],
      ['an empty specialization name', (e) => void (e.specializations[0]!.name = ''), 'specializations[0].name'],
      ['a missing title', (e) => void delete (e as Partial<CareerPath>).title, 'title'],
      ['a slug with capitals', (e) => void (e.slug = 'Backend-Developer'), 'slug'],
      ['a slug with a double hyphen', (e) => void (e.slug = 'backend--developer'), 'slug'],
      ['an empty definition', (e) => void (e.definition = richText()), 'definition'],
      ['a blank whatTheyDo', (e) => void (e.whatTheyDo = paragraphs('   ')), 'whatTheyDo'],
      ['a related entry that is not a slug', (e) => void (e.related = ['Frontend Developer']), 'related[0]'],
      ['a bad occupation code', (e) => void (e.occupationCode = '151252'), 'occupationCode'],
      ['an impossible date', (e) => void (e.updated = '2026-13-45'), 'updated'],
      ['a date in another format', (e) => void (e.updated = '01/11/2026'), 'updated'],
      ['an empty tag', (e) => void (e.tags = ['engineering', '']), 'tags[1]'],
      ['rich text that is not a tree', (e) => void ((e as unknown as Record<string, unknown>).outlook = 'plain string'), 'outlook'],
    ])('%s → %s', (_what, breakIt, path) => {
      const entry = validEntry()
      breakIt(entry)
      const issues = issuesOf(entry)
      expect(issues.map((i) => i.path)).toEqual([path])
      expect(issues[0]!.message).toMatch(/\w/)
      // The message says what is wrong, not merely where.
      expect(issues[0]!.message).not.toBe(path)
    })

    it('reports every problem at once, each at its own path', () => {
      const entry = validEntry()
      entry.title = ''
      entry.faqs[0]!.answer = linkTo('javascript:alert(1)')
      entry.specializations[0]!.description = ''
      const paths = issuesOf(entry)
        .map((i) => i.path)
        .sort()
      expect(paths).toEqual(['faqs[0].answer', 'specializations[0].description', 'title'])
    })
  })

  describe('links in rich text', () => {
    it.each([
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      '\tjavascript:alert(1)',
      'javascript&colon;alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example.com/x',
      '/relative/path',
      '',
    ])('refuses %j', (url) => {
      const entry = validEntry()
      entry.whatTheyDo = linkTo(url)
      const issues = issuesOf(entry)
      expect(issues).toHaveLength(1)
      expect(issues[0]!.path).toBe('whatTheyDo')
      expect(issues[0]!.message).toMatch(/http, https or mailto/)
    })

    it('refuses an unsafe link nested in a list item of an FAQ answer', () => {
      const entry = validEntry()
      entry.faqs[1]!.answer = richText(bulletList([{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'link', url: 'vbscript:x', children: [{ type: 'text', value: 'x' }] }] }] }]))
      expect(issuesOf(entry).map((i) => i.path)).toEqual(['faqs[1].answer'])
    })

    it.each(['https://example.com/a?b=c#d', 'http://example.com', 'mailto:careers@example.com', 'HTTPS://EXAMPLE.COM'])('accepts %j', (url) => {
      const entry = validEntry()
      entry.whatTheyDo = linkTo(url)
      expect(issuesOf(entry)).toEqual([])
    })
  })

  describe('related entries', () => {
    it('refuses an entry related to itself', () => {
      const entry = validEntry()
      entry.related = ['frontend-developer', 'backend-developer']
      const issues = issuesOf(entry)
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ path: 'related' })
      expect(issues[0]!.message).toMatch(/itself/)
    })

    it('refuses the same entry listed twice', () => {
      const entry = validEntry()
      entry.related = ['frontend-developer', 'qa-engineer', 'frontend-developer']
      expect(issuesOf(entry).map((i) => i.path)).toEqual(['related'])
    })
  })

  describe('limits, with a message naming the limit', () => {
    const cases: [string, (e: CareerPath) => void, string, number][] = [
      ['title', (e) => void (e.title = 'x'.repeat(limits.title + 1)), 'title', limits.title],
      ['slug', (e) => void (e.slug = 'a'.repeat(limits.slug + 1)), 'slug', limits.slug],
      ['responsibility length', (e) => void (e.responsibilities[0] = 'r'.repeat(limits.shortText + 1)), 'responsibilities[0]', limits.shortText],
      ['responsibilities', (e) => void (e.responsibilities = Array.from({ length: limits.responsibilities + 1 }, (_, i) => `r${i}`)), 'responsibilities', limits.responsibilities],
      ['specializations', (e) => void (e.specializations = Array.from({ length: limits.specializations + 1 }, (_, i) => ({ name: `n${i}`, description: 'd' }))), 'specializations', limits.specializations],
      ['specialization description', (e) => void (e.specializations[0]!.description = 'd'.repeat(limits.specializationDescription + 1)), 'specializations[0].description', limits.specializationDescription],
      ['question', (e) => void (e.faqs[0]!.question = 'q'.repeat(limits.questionText + 1)), 'faqs[0].question', limits.questionText],
      ['faqs', (e) => void (e.faqs = Array.from({ length: limits.faqs + 1 }, (_, i) => ({ question: `q${i}`, answer: paragraphs('a') }))), 'faqs', limits.faqs],
      ['related', (e) => void (e.related = Array.from({ length: limits.related + 1 }, (_, i) => `entry-${i}`)), 'related', limits.related],
      ['tags', (e) => void (e.tags = Array.from({ length: limits.tags + 1 }, (_, i) => `t${i}`)), 'tags', limits.tags],
      ['tag length', (e) => void (e.tags = ['t'.repeat(limits.tag + 1)]), 'tags[0]', limits.tag],
      ['rich-text characters', (e) => void (e.definition = paragraphs('x'.repeat(limits.richTextCharacters + 1))), 'definition', limits.richTextCharacters],
      ['rich-text characters across nodes', (e) => void (e.outlook = paragraphs(...Array.from({ length: 11 }, () => 'y'.repeat(limits.richTextCharacters / 10)))), 'outlook', limits.richTextCharacters],
    ]

    it.each(cases)('%s', (_what, breakIt, path, limit) => {
      const entry = validEntry()
      breakIt(entry)
      const issues = issuesOf(entry)
      expect(issues.map((i) => i.path)).toEqual([path])
      expect(issues[0]!.message).toContain(String(limit))
    })

    it('accepts values exactly at the limits', () => {
      const entry = validEntry()
      entry.title = 'x'.repeat(limits.title)
      entry.slug = 'a'.repeat(limits.slug)
      entry.responsibilities = Array.from({ length: limits.responsibilities }, () => 'r'.repeat(limits.shortText))
      entry.tags = Array.from({ length: limits.tags }, (_, i) => `${i}`.padEnd(limits.tag, 't'))
      entry.definition = paragraphs('x'.repeat(limits.richTextCharacters))
      entry.related = Array.from({ length: limits.related }, (_, i) => `entry-${i}`)
      expect(issuesOf(entry)).toEqual([])
    })

    describe("on all of an entry's rich text together, at the field holding the most", () => {
      const n = (value: number) => value.toLocaleString('en-US')
      const items = (count: number, text = 'a') => bulletList(...Array.from({ length: count }, () => (text ? [{ type: 'paragraph', children: [{ type: 'text', value: text }] } as RootContent] : [])))
      const runs = (count: number) =>
        richText({ type: 'paragraph', children: Array.from({ length: count }, (_, i) => (i % 2 ? { type: 'strong', children: [{ type: 'text', value: 'b' }] } : { type: 'text', value: 'a' })) } as RootContent)

      it('characters: 50 FAQs of 20,000 characters each are too many', () => {
        const entry = validEntry()
        entry.faqs = Array.from({ length: limits.faqs }, (_, i) => ({ question: `q${i}?`, answer: paragraphs('x'.repeat(i === 7 ? limits.richTextCharacters : limits.richTextCharacters - 1)) }))
        expect(issuesOf(entry)).toEqual([{ path: 'faqs[7].answer', message: expect.stringContaining(`an entry may have at most ${n(limits.entryRichTextCharacters)}`) }])
        expect(issuesOf(entry)[0]!.message).toMatch(/^holds 20,000 of the entry's 1,000,\d{3} characters of rich text/)
      })

      it('blocks: thousands of one-letter list items, or of empty ones, are too many', () => {
        for (const text of ['a', '']) {
          const entry = validEntry()
          entry.whatTheyDo = richText({ type: 'paragraph', children: [{ type: 'text', value: 'They:' }] }, items(limits.richTextBlocks, text))
          expect(issuesOf(entry)).toEqual([{ path: 'whatTheyDo', message: expect.stringMatching(new RegExp(`paragraphs, list items and line breaks; an entry may have at most ${limits.richTextBlocks}$`)) }])
        }
      })

      it('runs: a paragraph of thousands of bold and plain parts is too many', () => {
        const entry = validEntry()
        entry.outlook = runs(limits.richTextRuns)
        expect(issuesOf(entry)).toEqual([
          { path: 'outlook', message: expect.stringContaining(`runs of text (each stretch of plain, bold, italic or code text, and each link, counts); an entry may have at most ${n(limits.richTextRuns)}`) },
        ])
      })

      it('accepts an entry exactly at all three, and refuses one more of each', () => {
        const entry = validEntry()
        entry.faqs = []
        for (const field of ['definition', 'whatTheyDo', 'workEnvironment', 'workingConditions'] as const) entry[field] = paragraphs('w'.repeat(limits.richTextCharacters))
        // 4 blocks, 4 runs and 80,000 characters so far; a list of 247 one-letter items is 494 blocks, 247 runs, 247 characters;
        entry.outlook = richText(items(247, 'x'))
        // a paragraph with a line break and 1,749 runs is the last 2 blocks, the last runs and the last 19,753 characters.
        const paragraph = (runs(1748).children[0] as { children: RootContent[] }).children
        entry.difficulty = richText({ type: 'paragraph', children: [{ type: 'text', value: 'd'.repeat(18_005) }, { type: 'break' }, ...paragraph] } as RootContent)
        expect(issuesOf(entry)).toEqual([])
        entry.outlook.children.push({ type: 'paragraph', children: [{ type: 'text', value: 'z' }] })
        expect(issuesOf(entry).map((i) => `${i.path}: ${i.message}`)).toEqual([
          expect.stringMatching(/^definition: holds 20,000 of the entry's 100,001 characters of rich text/),
          expect.stringMatching(/^outlook: holds 495 of the entry's 501 paragraphs, list items and line breaks/),
          expect.stringMatching(/^difficulty: holds 1,749 of the entry's 2,001 runs of text/),
        ])
      })
    })

    it('refuses lists nested deeper than the limit, naming it', () => {
      const nest = (depth: number): RootContent => bulletList([{ type: 'paragraph', children: [{ type: 'text', value: `level ${depth}` }] }, ...(depth > 1 ? [nest(depth - 1)] : [])])
      const ok = validEntry()
      ok.definition = richText(nest(limits.listDepth))
      expect(issuesOf(ok)).toEqual([])
      const deep = validEntry()
      deep.definition = richText(nest(limits.listDepth + 1))
      const issues = issuesOf(deep)
      expect(issues.map((i) => i.path)).toEqual(['definition'])
      expect(issues[0]!.message).toContain(String(limits.listDepth))
    })
  })

  describe('nodes an editor cannot make', () => {
    it.each<[string, RootContent, RegExp]>([
      ['a heading', { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Salary' }] }, /heading/],
      ['a table', { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'a' }] }] }] }, /table/],
      ['raw HTML', { type: 'html', value: '<script>alert(1)</script>' }, /HTML/],
      ['a code block', { type: 'code', value: 'rm -rf /' }, /code block/],
      ['a block quote', { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'q' }] }] }, /quote/],
      ['an image', { type: 'paragraph', children: [{ type: 'image', url: 'https://example.com/x.png' }] } as RootContent, /image/],
      ['inline HTML', { type: 'paragraph', children: [{ type: 'html', value: '<img src=x onerror=alert(1)>' }] } as RootContent, /HTML/],
      ['text straight in the root', { type: 'text', value: 'loose' } as unknown as RootContent, /paragraph/],
    ])('refuses %s', (_what, node, message) => {
      const entry = validEntry()
      entry.outlook = richText({ type: 'paragraph', children: [{ type: 'text', value: 'fine' }] }, node)
      const issues = issuesOf(entry)
      expect(issues.map((i) => i.path)).toEqual(['outlook'])
      expect(issues[0]!.message).toMatch(message)
    })

    it('carries the source line of the offending node when the tree has positions', () => {
      const entry = validEntry()
      entry.faqs[0]!.answer = richText({
        type: 'heading',
        depth: 3,
        children: [{ type: 'text', value: 'Nested question' }],
        position: { start: { line: 42, column: 1 }, end: { line: 42, column: 20 } },
      })
      expect(issuesOf(entry)).toEqual([expect.objectContaining({ path: 'faqs[0].answer', line: 42 })])
    })
  })

  describe('each problem is a vfile-message from careers', () => {
    const problems = (input: unknown) => {
      const result = validateCareerPath(input)
      return result.ok ? [] : result.issues
    }

    it('an error with its rule, field and source line', () => {
      const entry = validEntry()
      const at = { start: { line: 9, column: 3 }, end: { line: 9, column: 20 } }
      entry.definition = richText({ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }], position: at }] })
      const [message] = problems(entry)
      expect(message).toBeInstanceOf(VFileMessage)
      expect(message).toMatchObject({ ruleId: 'unsafe-link', source: 'careers', fatal: true, field: 'definition', line: 9 })
    })

    it.each([
      ['a missing title', (e: Partial<CareerPath>) => delete e.title, 'title', 'invalid-type'],
      ['a title too long', (e: Partial<CareerPath>) => (e.title = 'x'.repeat(limits.title + 1)), 'title', 'invalid-value'],
      ['a bad slug', (e: Partial<CareerPath>) => (e.slug = 'Not A Slug'), 'slug', 'invalid-format'],
      ['no responsibilities', (e: Partial<CareerPath>) => (e.responsibilities = []), 'responsibilities', 'too-small'],
      ['an empty definition', (e: Partial<CareerPath>) => (e.definition = richText()), 'definition', 'required'],
      ['a link to itself', (e: Partial<CareerPath>) => (e.related = [e.slug!]), 'related', 'self-link'],
      ['a link listed twice', (e: Partial<CareerPath>) => (e.related = ['a', 'a']), 'related', 'duplicate-link'],
    ])('%s: rule %s', (_what, breakIt, field, rule) => {
      const entry: Partial<CareerPath> = validEntry()
      breakIt(entry)
      expect(problems(entry)).toEqual([expect.objectContaining({ field, ruleId: rule, source: 'careers', fatal: true })])
    })
  })
})
