import { describe, expect, it } from 'vitest'
import { toModelPath, toPayloadPath } from './field-paths'

describe('field paths: the model and Payload', () => {
  it.each([
    ['title', 'title'],
    ['faqs[1].answer', 'faqs.1.answer'],
    ['responsibilities[0]', 'responsibilities.0.text'],
    ['specializations[2].name', 'specializations.2.name'],
    ['related', 'related'],
  ])('%s ⇄ %s', (model, payload) => {
    expect(toPayloadPath(model)).toBe(payload)
    expect(toModelPath(payload)).toBe(model)
  })

  it('shows a problem of the whole entry at its title', () => {
    expect(toPayloadPath('(entry)')).toBe('title')
  })
})
