import { problem } from '@careers/career-path'
import { describe, expect, it } from 'vitest'
import { reportProblems } from './report-problems.js'

describe('reportProblems', () => {
  it('prints each problem as file:line: message, a warning said as one, files named as asked', () => {
    const problems = [
      problem('slug "a" is already used by b.md', { rule: 'duplicate-slug', file: '/site/content/career-paths/a.md', line: 3 }),
      problem('section "Outlook" is empty', { rule: 'empty-section', severity: 'warning', file: '/site/content/career-paths/a.md', line: 40 }),
    ]
    expect(reportProblems(problems, (file) => file.replace('/site/', ''))).toEqual([
      'content/career-paths/a.md:3: slug "a" is already used by b.md',
      'content/career-paths/a.md:40: warning: section "Outlook" is empty',
    ])
  })

  it('prints nothing for no problems', () => {
    expect(reportProblems([])).toEqual([])
  })
})
