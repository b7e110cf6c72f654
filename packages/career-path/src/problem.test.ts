import { describe, expect, it } from 'vitest'
import { VFileMessage } from 'vfile-message'
import { fromProblemData, isError, placed, problem, problemText, toProblemData } from './problem.js'

describe('problem: the one problem type', () => {
  it('is a vfile-message from careers: rule, place, severity and field', () => {
    const message = problem('is required', { rule: 'required', field: 'faqs[2].answer', file: 'a.md', line: 7 })
    expect(message).toBeInstanceOf(VFileMessage)
    expect(message).toMatchObject({ reason: 'is required', ruleId: 'required', source: 'careers', fatal: true, field: 'faqs[2].answer', file: 'a.md', line: 7, column: 1 })
    expect(isError(problem('x', { rule: 'y', severity: 'warning' }))).toBe(false)
  })

  it('says its field first, and once', () => {
    expect(problemText(problem('is required', { rule: 'required', field: 'title' }))).toBe('title: is required')
    expect(problemText(problem('title: is required', { rule: 'required', field: 'title' }))).toBe('title: is required')
    expect(problemText(problem('cannot read', { rule: 'unreadable' }))).toBe('cannot read')
  })

  it('placed in a file, keeps its check and field and says the field in its text', () => {
    const inFile = placed(problem('is required', { rule: 'required', severity: 'warning', field: 'title' }), { file: 'a.md', line: 2 })
    expect(inFile).toMatchObject({ reason: 'title: is required', ruleId: 'required', fatal: false, field: 'title', file: 'a.md', line: 2 })
    expect(problemText(inFile)).toBe('title: is required')
  })

  it('crosses a thread as plain data and comes back the same', () => {
    const message = problem('a table is not allowed', { rule: 'unsupported-rich-text', field: 'outlook', file: 'a.md', line: 30, column: 3 })
    const data = toProblemData(message)
    expect(structuredClone(data)).toEqual(data)
    expect(fromProblemData(structuredClone(data))).toMatchObject({ reason: message.reason, ruleId: message.ruleId, source: 'careers', fatal: true, field: 'outlook', file: 'a.md', line: 30, column: 3 })
  })
})
