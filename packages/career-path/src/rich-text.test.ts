import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { normalizeRichText } from './normalize.js'
import { isEmptyRichText, isSafeUrl, paragraphs } from './rich-text.js'

describe('isSafeUrl', () => {
  it.each(['https://example.com', 'http://example.com/a?b#c', 'mailto:a@example.com', 'HTTPS://EXAMPLE.COM'])('accepts %j', (url) => {
    expect(isSafeUrl(url)).toBe(true)
  })
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.com',
    '//example.com',
    'example.com',
    '#anchor',
    '',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false)
  })
})

describe('normalizeRichText', () => {
  it('drops positions and data, merges adjacent text, drops empty text, makes lists tight', () => {
    const position = { start: { line: 3, column: 1 }, end: { line: 3, column: 9 } }
    const tree = {
      type: 'root',
      position,
      children: [
        {
          type: 'paragraph',
          position,
          data: { x: 1 },
          children: [
            { type: 'text', value: 'a', position },
            { type: 'text', value: '' },
            { type: 'text', value: 'b' },
            { type: 'link', url: 'https://example.com', title: 'T', children: [{ type: 'text', value: 'c' }] },
          ],
        },
        {
          type: 'list',
          ordered: false,
          start: 7,
          spread: true,
          children: [{ type: 'listItem', spread: true, checked: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'i' }] }] }],
        },
        { type: 'list', ordered: true, spread: false, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'n' }] }] }] },
      ],
    } as unknown as Root
    expect(normalizeRichText(tree)).toEqual({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'ab' },
            { type: 'link', url: 'https://example.com', children: [{ type: 'text', value: 'c' }] },
          ],
        },
        { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'i' }] }] }] },
        { type: 'list', ordered: true, start: 1, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'n' }] }] }] },
      ],
    })
  })

  it('is idempotent and leaves its input alone', () => {
    const tree = paragraphs('one', 'two')
    const copy = structuredClone(tree)
    const once = normalizeRichText(tree)
    expect(normalizeRichText(once)).toEqual(once)
    expect(tree).toEqual(copy)
  })

  it('keeps nodes that are not rich text, so validation can name them', () => {
    const tree = { type: 'root', children: [{ type: 'heading', depth: 2, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, children: [{ type: 'text', value: 'h' }] }] } as Root
    expect(normalizeRichText(tree)).toEqual({ type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'h' }] }] })
  })
})

describe('isEmptyRichText', () => {
  it('is true without visible text', () => {
    expect(isEmptyRichText(undefined)).toBe(true)
    expect(isEmptyRichText({ type: 'root', children: [] })).toBe(true)
    expect(isEmptyRichText(paragraphs(' ', '\n'))).toBe(true)
    expect(isEmptyRichText({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'break' }] }] })).toBe(true)
  })
  it('is false with text anywhere, code included', () => {
    expect(isEmptyRichText(paragraphs('x'))).toBe(false)
    expect(isEmptyRichText({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'inlineCode', value: 'x' }] }] }] })).toBe(false)
  })
})
