import { limits } from '@careers/career-path'
import { describe, expect, it } from 'vitest'
import { parseMarkdown, type ParsedMarkdown } from './parse-markdown.js'

/** A small canonical file, one line per array element, so every test can say which line it broke. */
const base = [
  '---', //                                                       1
  'title: Backend Developer', //                                  2
  'slug: backend-developer', //                                   3
  'tags: [engineering]', //                                       4
  '---', //                                                       5
  '', //                                                          6
  '# Backend Developer Career Path', //                           7
  '', //                                                          8
  '## Definition of a Backend Developer', //                      9
  '', //                                                         10
  'A Backend Developer builds the server side', //               11
  'of web applications.', //                                     12
  '', //                                                         13
  '## What does a Backend Developer do', //                      14
  '', //                                                         15
  'They design [APIs](https://example.com/apis).', //            16
  '', //                                                         17
  '## Key responsibilities of a Backend Developer', //           18
  '', //                                                         19
  '- Designing APIs.', //                                        20
  '- Writing tests.', //                                         21
  '', //                                                         22
  '## Types of Backend Developer', //                            23
  '', //                                                         24
  '### API Engineer', //                                         25
  '', //                                                         26
  'Builds APIs.', //                                             27
  '', //                                                         28
  "## What it's like to be a Backend Developer", //              29
  '', //                                                         30
  '### Backend Developer work environment', //                   31
  '', //                                                         32
  'Offices.', //                                                 33
  '', //                                                         34
  '### Backend Developer working conditions', //                 35
  '', //                                                         36
  'Regular hours.', //                                           37
  '', //                                                         38
  '### How hard is it to be a Backend Developer', //             39
  '', //                                                         40
  'Moderately.', //                                              41
  '', //                                                         42
  '### Is a Backend Developer a good career path', //            43
  '', //                                                         44
  'Yes.', //                                                     45
  '', //                                                         46
  '## FAQs about being a Backend Developer', //                  47
  '', //                                                         48
  '### Is it hard?', //                                          49
  '', //                                                         50
  'Sometimes.', //                                               51
  '', //                                                         52
  '## Related Career Paths', //                                  53
  '', //                                                         54
  '- [Frontend Developer](frontend-developer.md)', //            55
  '- [QA Engineer](qa-engineer.md)', //                          56
  '',
]

const lineOf = (lines: string[], text: string) => {
  const i = lines.indexOf(text)
  if (i < 0) throw new Error(`test bug: no line ${JSON.stringify(text)}`)
  return i + 1
}

/** The base file with `find` (a whole line) replaced by `replace` (lines). */
function edit(find: string, ...replace: string[]): string[] {
  const at = lineOf(base, find) - 1
  return [...base.slice(0, at), ...replace, ...base.slice(at + 1)]
}

const parse = (lines: string[]) => parseMarkdown(lines.join('\n'))
/** Each problem as what a reader learns of it: its line, its severity and its message. */
const issues = (r: ParsedMarkdown) => r.issues.map((i) => ({ line: i.line ?? 0, severity: i.fatal ? 'error' : 'warning', message: i.reason }))
const errors = (r: ParsedMarkdown) => issues(r).filter((i) => i.severity === 'error')

/** Every issue is a placed, readable sentence: a real line of the file and a message of bounded length. */
function expectWellFormed(r: ParsedMarkdown, lines: string[]) {
  for (const issue of issues(r)) {
    expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines.length, JSON.stringify(issue)).toBe(true)
    expect(issue.message.length, issue.message.slice(0, 200)).toBeLessThanOrEqual(500)
    expect(['error', 'warning']).toContain(issue.severity)
  }
  const sorted = [...issues(r)].sort((a, b) => a.line - b.line)
  expect(issues(r)).toEqual(sorted)
  // Each is the project's one problem type, named by its check.
  for (const issue of r.issues) expect(issue).toMatchObject({ source: 'careers', ruleId: expect.stringMatching(/^[a-z]+(-[a-z]+)*$/) })
}

/** Parses `lines`, which must be refused (no entry) with well-formed issues; returns the result to inspect. */
function refused(lines: string[]): ParsedMarkdown {
  const r = parse(lines)
  expect(r.entry).toBeUndefined()
  expectWellFormed(r, lines)
  return r
}

/** The body was still read: the sections after the problem have their lines. */
function expectBodyRead(r: ParsedMarkdown, lines: string[], keys = ['definition', 'whatTheyDo', 'responsibilities', 'faqs', 'related']) {
  for (const key of keys) {
    expect(r.lines[key], `${key} was read`).toBeGreaterThan(0)
  }
  expect(r.lines['related[1]']).toBe(lineOf(lines, '- [QA Engineer](qa-engineer.md)'))
}

describe('parseMarkdown: the base file', () => {
  it('is fine (so every failure below comes from its one change)', () => {
    const r = parse(base)
    expect(r.issues).toEqual([])
    expect(r.entry?.title).toBe('Backend Developer')
    expect(r.entry?.related).toEqual(['frontend-developer', 'qa-engineer'])
  })
})

describe('parseMarkdown: bad input, each at its line with a clear message, the rest still read', () => {
  it('broken YAML front matter (a key that is not a key)', () => {
    const lines = edit('slug: backend-developer', 'slug: backend: developer')
    const r = refused(lines)
    // One error, where the YAML broke: no knock-on "title is missing" for a title that is there.
    expect(issues(r)).toEqual([{ line: 3, severity: 'error', message: expect.stringMatching(/^front matter: .*mapping/i) }])
    expectBodyRead(r, lines)
  })

  it('broken YAML front matter (an unclosed flow list)', () => {
    const lines = [...edit('tags: [engineering]', 'tags: [engineering, backend'), '']
    const r = refused(lines)
    const yamlErrors = errors(r).filter((i) => i.message.startsWith('front matter:'))
    expect(yamlErrors.length).toBeGreaterThan(0)
    // The parser notices at the list's line or the one after it, never in the body.
    for (const issue of yamlErrors) expect([4, 5]).toContain(issue.line)
    expectBodyRead(r, lines)
  })

  it('front matter with a duplicate key', () => {
    const lines = edit('tags: [engineering]', 'tags: [engineering]', 'title: Frontend Developer')
    const r = refused(lines)
    expect(errors(r)).toContainEqual(expect.objectContaining({ line: 5, message: expect.stringMatching(/front matter: .*unique|front matter: .*duplicate/i) }))
  })

  it('missing front matter', () => {
    const lines = base.slice(6)
    const r = refused(lines)
    expect(issues(r)).toEqual([{ line: 1, severity: 'error', message: expect.stringMatching(/missing front matter/) }])
    expectBodyRead(r, lines)
    expect(r.lines.definition).toBe(lineOf(lines, '## Definition of a Backend Developer'))
  })

  it('unknown front-matter key', () => {
    const lines = edit('tags: [engineering]', 'tags: [engineering]', 'author: Jane')
    const r = refused(lines)
    expect(errors(r)).toEqual([{ line: 5, severity: 'error', message: expect.stringMatching(/unknown key "author"/) }])
    expectBodyRead(r, lines)
  })

  it('a front-matter value of the wrong kind is named at its line', () => {
    const lines = edit('slug: backend-developer', 'slug: Backend Developer')
    const r = refused(lines)
    expect(errors(r)).toEqual([{ line: 3, severity: 'error', message: expect.stringMatching(/^slug: .*lowercase/) }])
  })

  it('missing required section (definition)', () => {
    const lines = [...base.slice(0, 8), ...base.slice(13)]
    const r = refused(lines)
    expect(errors(r)).toEqual([{ line: lineOf(lines, '# Backend Developer Career Path'), severity: 'error', message: 'missing section "## Definition of a Backend Developer"' }])
    expectBodyRead(r, lines, ['whatTheyDo', 'responsibilities', 'faqs', 'related'])
  })

  it('duplicate section', () => {
    const lines = edit('## FAQs about being a Backend Developer', '## Definition of a Backend Developer', '', 'Again.', '', '## FAQs about being a Backend Developer')
    const r = refused(lines)
    const second = lines.lastIndexOf('## Definition of a Backend Developer') + 1
    expect(second).toBe(47)
    expect(errors(r)).toEqual([{ line: second, severity: 'error', message: expect.stringMatching(/"Definition of a Backend Developer" appears twice/) }])
    expectBodyRead(r, lines)
  })

  it('unknown section heading', () => {
    const lines = edit('## FAQs about being a Backend Developer', '## Salary', '', 'Lots.', '', '## FAQs about being a Backend Developer')
    const r = refused(lines)
    expect(errors(r)).toEqual([{ line: lineOf(lines, '## Salary'), severity: 'error', message: expect.stringMatching(/unknown section "Salary"/) }])
    // The message lists what the sections are called.
    expect(errors(r)[0]!.message).toContain('Definition of a …')
    expectBodyRead(r, lines)
  })

  it.each([['javascript:alert(1)'], ['JaVaScRiPt:alert(1)'], ['data:text/html,hi'], ['vbscript:msgbox(1)']])('a %s link in rich text, at the line of the link', (url) => {
    const lines = edit('of web applications.', `of [web applications](${url}).`)
    const r = refused(lines)
    expect(errors(r)).toEqual([{ line: 12, severity: 'error', message: expect.stringContaining(`definition: link "${url}"`) }])
    expect(errors(r)[0]!.message).toMatch(/http, https or mailto/)
    expectBodyRead(r, lines)
  })

  it('a javascript: link in an FAQ answer names the answer', () => {
    const lines = edit('Sometimes.', 'Sometimes, [see](javascript:alert(1)).')
    const r = refused(lines)
    expect(errors(r)).toEqual([{ line: 51, severity: 'error', message: expect.stringMatching(/^faqs\[0\]\.answer: link "javascript:alert\(1\)"/) }])
  })

  it('a table inside a section', () => {
    const lines = edit('They design [APIs](https://example.com/apis).', 'They design APIs:', '', '| a | b |', '| - | - |', '| 1 | 2 |')
    const r = refused(lines)
    expect(errors(r)).toEqual([{ line: lineOf(lines, '| a | b |'), severity: 'error', message: expect.stringMatching(/^whatTheyDo: a table is not allowed/) }])
    expectBodyRead(r, lines)
  })

  it('raw HTML inside a section', () => {
    const lines = edit('Sometimes.', 'Sometimes <script>alert(1)</script>.')
    const r = refused(lines)
    expect(errors(r).map((i) => [i.line, i.message.split(':')[0]])).toContainEqual([51, 'faqs[0].answer'])
    expect(errors(r).every((i) => /HTML/.test(i.message))).toBe(true)
  })

  it('a heading inside a rich-text section', () => {
    const lines = edit('of web applications.', 'of web applications.', '', '### Sneaky subheading', '', 'More.')
    const r = refused(lines)
    expect(errors(r)).toEqual([{ line: 14, severity: 'error', message: expect.stringMatching(/^definition: a heading is not allowed/) }])
  })

  it('responsibilities that are not a list', () => {
    const lines = edit('- Designing APIs.', 'Designing APIs and')
    const fixed = lines.map((l) => (l === '- Writing tests.' ? 'writing tests.' : l))
    const r = refused(fixed)
    expect(errors(r)).toContainEqual({ line: 20, severity: 'error', message: expect.stringMatching(/must be a bullet list/) })
    // Whatever else is said is said about this section, not elsewhere.
    for (const issue of issues(r)) expect([18, 19, 20, 21]).toContain(issue.line)
    expectBodyRead(r, fixed, ['definition', 'whatTheyDo', 'faqs', 'related'])
  })

  it('responsibilities as a numbered list are still read, or reported, never dropped', () => {
    const lines = edit('- Designing APIs.', '1. Designing APIs.').map((l) => (l === '- Writing tests.' ? '2. Writing tests.' : l))
    const r = parse(lines)
    if (r.entry) expect(r.entry.responsibilities).toEqual(['Designing APIs.', 'Writing tests.'])
    else expect(errors(r).length).toBeGreaterThan(0)
  })

  it.each([
    ['plain text', '- QA Engineer'],
    ['a web link', '- [QA Engineer](https://example.com/qa-engineer)'],
    ['a link with text around it', '- See [QA Engineer](qa-engineer.md) too'],
    ['a link to a non-slug file', '- [QA Engineer](QA Engineer.md)'],
  ])('related item that is not a [x](slug.md) link: %s', (_what, item) => {
    const lines = edit('- [QA Engineer](qa-engineer.md)', item)
    const r = refused(lines)
    expect(errors(r)).toEqual([{ line: 56, severity: 'error', message: expect.stringMatching(/related entry is a link to its file/) }])
    expect(r.lines['related[0]']).toBe(55)
  })

  it('a 1 MB title is refused with the limit, in a short message', () => {
    const title = 'Developer '.repeat(100_000).trim()
    const lines = edit('title: Backend Developer', `title: ${title}`)
    const r = refused(lines)
    expect(errors(r)).toContainEqual({ line: 2, severity: 'error', message: expect.stringMatching(new RegExp(`^title: .*\\b${limits.title}\\b`)) })
    expectBodyRead(r, lines)
  })

  it('a 1 MB title in both the front matter and the page title is refused the same way', () => {
    const title = 'x'.repeat(1_000_000)
    const lines = edit('title: Backend Developer', `title: ${title}`).map((l) => (l === '# Backend Developer Career Path' ? `# ${title} Career Path` : l))
    const r = refused(lines)
    expect(errors(r)).toContainEqual({ line: 2, severity: 'error', message: expect.stringContaining(String(limits.title)) })
  })

  it('reports several problems in one file, all of them, in line order', () => {
    let lines = edit('tags: [engineering]', 'tags: [engineering]', 'colour: blue')
    lines = lines.map((l) => (l === 'Sometimes.' ? '[x](javascript:alert(1))' : l === '- [QA Engineer](qa-engineer.md)' ? '- QA Engineer' : l))
    const r = refused(lines)
    expect(errors(r).map((i) => i.line)).toEqual([5, 52, 57])
  })

  it('warnings alone keep the entry', () => {
    const lines = edit('# Backend Developer Career Path', '# Backend Dev Career Path')
    const r = parse(lines)
    expect(errors(r)).toEqual([])
    expect(issues(r)).toEqual([{ line: 7, severity: 'warning', message: expect.stringContaining('# Backend Developer Career Path') }])
    expect(r.entry?.title).toBe('Backend Developer')
  })

  it('an unknown key does not hide the other front-matter problems', () => {
    const lines = edit('slug: backend-developer', 'slug: Backend Developer', 'colour: blue')
    const r = refused(lines)
    expect(errors(r)).toEqual([
      { line: 3, severity: 'error', message: expect.stringMatching(/^slug: .*lowercase/) },
      { line: 4, severity: 'error', message: expect.stringMatching(/unknown key "colour"/) },
    ])
  })

  it('a key with no value is said once, and does not hide a missing key', () => {
    const lines = [...base.slice(0, 2), 'tags:', ...base.slice(4)]
    const r = refused(lines)
    expect(errors(r)).toEqual([
      { line: 1, severity: 'error', message: expect.stringMatching(/^slug: /) },
      { line: 3, severity: 'error', message: 'front matter: "tags" has no value' },
    ])
  })

  it('places related entries by their place among the good links, after an item in error', () => {
    const lines = edit('- [Frontend Developer](frontend-developer.md)', '- Frontend Developer', '- [Ghost Writer](ghost-writer.md)')
    const r = refused(lines)
    expect(r.draft.related).toEqual(['ghost-writer', 'qa-engineer'])
    expect(r.lines['related[0]']).toBe(lineOf(lines, '- [Ghost Writer](ghost-writer.md)'))
    expect(r.lines['related[1]']).toBe(lineOf(lines, '- [QA Engineer](qa-engineer.md)'))
  })

  it('a line break inside a responsibility is a space between its words, with a warning', () => {
    const lines = edit('- Designing APIs.', '- Designing\\', '  server APIs.')
    const r = parse(lines)
    expect(r.entry?.responsibilities[0]).toBe('Designing server APIs.')
    expect(issues(r)).toEqual([{ line: 20, severity: 'warning', message: expect.stringMatching(/plain text/) }])
  })
})
