import { paragraphs, type CareerPath } from '@careers/career-path'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from './parse-markdown.js'
import { renderMarkdown } from './render-markdown.js'

function entry(title: string, slug: string): CareerPath {
  return {
    title,
    slug,
    definition: paragraphs('Definition.'),
    whatTheyDo: paragraphs('Work.'),
    responsibilities: ['One thing.'],
    specializations: [{ name: 'Kind', description: 'A kind.' }],
    workEnvironment: paragraphs('Env.'),
    workingConditions: paragraphs('Cond.'),
    difficulty: paragraphs('Hard.'),
    outlook: paragraphs('Good.'),
    faqs: [{ question: 'Why?', answer: paragraphs('Because.') }],
    related: ['backend-developer'],
    tags: ['engineering', 'api'],
  }
}

const headingsOf = (markdown: string) => markdown.split('\n').filter((l) => /^#{1,6} /.test(l))

describe('renderMarkdown', () => {
  it('puts the right article in the headings: "an API Developer"', () => {
    const markdown = renderMarkdown(entry('API Developer', 'api-developer'), { relatedTitles: { 'backend-developer': 'Backend Developer' } })
    expect(markdown).toContain('\n## Definition of an API Developer\n')
    expect(headingsOf(markdown)).toEqual([
      '# API Developer Career Path',
      '## Definition of an API Developer',
      '## What does an API Developer do',
      '## Key responsibilities of an API Developer',
      '## Types of API Developer',
      '### Kind',
      "## What it's like to be an API Developer",
      '### API Developer work environment',
      '### API Developer working conditions',
      '### How hard is it to be an API Developer',
      '### Is an API Developer a good career path',
      '## FAQs about being an API Developer',
      '### Why?',
      '## Related Career Paths',
    ])
  })

  it.each([
    ['UX Designer', 'a UX Designer'],
    ['AI Engineer', 'an AI Engineer'],
    ['Backend Developer', 'a Backend Developer'],
    ['Engineer', 'an Engineer'],
  ])('%s → "## Definition of %s"', (title, withArticle) => {
    const markdown = renderMarkdown(entry(title, 'x'))
    expect(markdown).toContain(`\n## Definition of ${withArticle}\n`)
    expect(markdown).toContain(`\n## FAQs about being ${withArticle}\n`)
  })

  it('writes the canonical layout: front matter, a blank line, the page title; related as links to files', () => {
    const markdown = renderMarkdown(entry('API Developer', 'api-developer'), { relatedTitles: { 'backend-developer': 'Backend Developer' } })
    expect(markdown.startsWith('---\ntitle: API Developer\nslug: api-developer\ntags: [engineering, api]\n---\n\n# API Developer Career Path\n\n')).toBe(true)
    expect(markdown.endsWith('## Related Career Paths\n\n- [Backend Developer](backend-developer.md)\n')).toBe(true)
  })

  it('leaves out the sections an entry does not have, and the group heading when none of its four is there', () => {
    const bare: CareerPath = { ...entry('QA Engineer', 'qa-engineer'), specializations: [], faqs: [], related: [] }
    delete bare.workEnvironment
    delete bare.workingConditions
    delete bare.difficulty
    delete bare.outlook
    expect(headingsOf(renderMarkdown(bare))).toEqual(['# QA Engineer Career Path', '## Definition of a QA Engineer', '## What does a QA Engineer do', '## Key responsibilities of a QA Engineer'])
  })

  it('renders an entry whose title reads like a section heading so that it parses back', () => {
    for (const title of ['Is a Job', 'Types of Work', 'Related Career Paths', 'What does a Job do']) {
      const e = entry(title, 'x')
      const parsed = parseMarkdown(renderMarkdown(e))
      expect(
        parsed.issues.filter((i) => i.fatal),
        title,
      ).toEqual([])
      expect(parsed.entry, title).toEqual(e)
    }
  })

  it('titles a related entry by its slug when no title is known, even a slug that names an Object method', () => {
    const markdown = renderMarkdown({ ...entry('Data Engineer', 'data-engineer'), related: ['constructor', 'to-string'] }, { relatedTitles: {} })
    expect(markdown).toContain('- [constructor](constructor.md)\n- [to-string](to-string.md)')
  })
})
