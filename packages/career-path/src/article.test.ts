import { describe, expect, it } from 'vitest'
import { withArticle } from './article.js'

describe('withArticle', () => {
  it.each([
    ['Backend Developer', 'a Backend Developer'],
    ['API Developer', 'an API Developer'],
    ['UX Designer', 'a UX Designer'],
    ['AI Engineer', 'an AI Engineer'],
    ['MLOps Engineer', 'an MLOps Engineer'],
    ['QA Engineer', 'a QA Engineer'],
    ['Engineer', 'an Engineer'],
    ['User Researcher', 'a User Researcher'],
  ])('%s → %s', (title, expected) => {
    expect(withArticle(title)).toBe(expected)
  })

  it('keeps the title exactly as given after the article', () => {
    for (const title of ['Data Engineer', 'iOS Developer', 'Full-Stack Developer', 'Ökonom']) {
      const result = withArticle(title)
      expect(result).toMatch(/^an? /)
      expect(result.replace(/^an? /, '')).toBe(title)
    }
  })
})
