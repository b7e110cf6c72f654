import { problem, validateCareerPath } from '@careers/career-path'
import { paragraphs } from '@careers/career-path'
import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { problemsOf } from '../content/import-checks'
import { refusal } from './validation-error'

const req = {} as PayloadRequest

describe('refusal: problems → Payload ValidationError', () => {
  it('shows each problem at its Payload field, with its field said first', () => {
    const error = refusal(
      [
        problem('link "javascript:x" must be an absolute http, https or mailto URL', { rule: 'unsafe-link', field: 'faqs[0].answer' }),
        problem('is required', { rule: 'required', field: 'responsibilities[2]' }),
        problem('a refusal of the entry', { rule: 'x' }),
      ],
      'career-paths',
      req,
    )
    expect(error.data.errors).toEqual([
      { path: 'faqs.0.answer', message: 'faqs[0].answer: link "javascript:x" must be an absolute http, https or mailto URL' },
      { path: 'responsibilities.2.text', message: 'responsibilities[2]: is required' },
      { path: 'title', message: 'a refusal of the entry' },
    ])
  })

  it('reads back, in the import, as the same problems at their fields and lines', () => {
    const result = validateCareerPath({ title: 'T', slug: 't', definition: paragraphs('x'), whatTheyDo: paragraphs('y'), responsibilities: [''], specializations: [], faqs: [], related: [] })
    expect(result.ok).toBe(false)
    const issues = result.ok ? [] : result.issues
    const lines: Record<string, number> = { 'responsibilities[0]': 12 }
    const back = problemsOf(refusal(issues, 'career-paths', req), 'content/t.md', (field) => (field ? (lines[field] ?? 1) : 1))
    expect(back.map((m) => [m.file, m.line, m.field, m.reason, m.ruleId, m.fatal])).toEqual([['content/t.md', 12, 'responsibilities[0]', 'responsibilities[0]: must not be empty', 'cms-refused', true]])
  })

  it('a failure that is not a refusal is one problem of the file', () => {
    expect(problemsOf(new Error('disk full'), 'content/t.md', () => 1).map((m) => [m.file, m.line, m.reason, m.ruleId])).toEqual([['content/t.md', 1, 'disk full', 'import-failed']])
  })
})
