import { VFileMessage } from '@careers/career-path'
import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { lexicalToMdast, type SerializedEditorState, type SerializedLexicalNode } from './index.js'
import { typedFormats, typedInheritedFormats, typedLinks, typedLists } from './test-support/recorded-states.js'

const text = (value: string, format = 0, extra: object = {}) => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
  ...extra,
})
const element = { direction: null, format: '', indent: 0, version: 1 } as const
const paragraph = (...children: object[]) => ({ ...element, children, type: 'paragraph', textFormat: 0, textStyle: '' })
const state = (...children: object[]): SerializedEditorState => ({ root: { ...element, children, type: 'root' } }) as unknown as SerializedEditorState

describe('lexicalToMdast', () => {
  it('gives an empty root for no state, and for an editor left empty', () => {
    const empty: Root = { type: 'root', children: [] }
    expect(lexicalToMdast(null)).toEqual(empty)
    expect(lexicalToMdast(undefined)).toEqual(empty)
    expect(lexicalToMdast(state(paragraph()))).toEqual(empty)
    expect(lexicalToMdast(state(paragraph(text(''))))).toEqual(empty)
  })

  it('reads bold, italic, code, their mixes and a line break as the editor typed them', () => {
    expect(lexicalToMdast(typedFormats)).toStrictEqual({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Hello ' },
            // bold and bold+italic neighbours share one strong: strong outside, emphasis inside
            {
              type: 'strong',
              children: [
                { type: 'text', value: 'bold' },
                { type: 'emphasis', children: [{ type: 'text', value: 'both' }] },
              ],
            },
            { type: 'emphasis', children: [{ type: 'text', value: ' it' }] },
            { type: 'break' },
            { type: 'text', value: 'code ' },
            { type: 'inlineCode', value: 'x()' },
            // code with bold: mdast code cannot hold formatting, strong can hold code
            { type: 'strong', children: [{ type: 'inlineCode', value: 'y' }] },
            { type: 'text', value: ' end' },
          ],
        },
        // the trailing empty paragraph (Enter at the end) is gone
      ],
    })
  })

  it('reads bullet and numbered lists, nested lists and the start number', () => {
    const p = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', value }] })
    expect(lexicalToMdast(typedLists)).toStrictEqual({
      type: 'root',
      children: [
        p('Intro'),
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [
            { type: 'listItem', spread: false, children: [p('a')] },
            {
              type: 'listItem',
              spread: false,
              children: [
                p('b'),
                {
                  type: 'list',
                  ordered: false,
                  spread: false,
                  children: [
                    {
                      type: 'listItem',
                      spread: false,
                      children: [
                        {
                          type: 'paragraph',
                          children: [
                            { type: 'strong', children: [{ type: 'text', value: 'C' }] },
                            { type: 'text', value: 'c' },
                          ],
                        },
                      ],
                    },
                    { type: 'listItem', spread: false, children: [p('c2')] },
                  ],
                },
              ],
            },
            { type: 'listItem', spread: false, children: [p('d')] },
          ],
        },
        {
          type: 'list',
          ordered: true,
          start: 3,
          spread: false,
          children: [
            {
              type: 'listItem',
              spread: false,
              children: [p('three'), { type: 'list', ordered: true, start: 3, spread: false, children: [{ type: 'listItem', spread: false, children: [p('nested')] }] }],
            },
            { type: 'listItem', spread: false, children: [p('four')] },
          ],
        },
      ],
    })
  })

  it('reads links with their formatted text; link outside, strong inside', () => {
    expect(lexicalToMdast(typedLinks)).toStrictEqual({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'See ' },
            { type: 'link', url: 'https://example.com', children: [{ type: 'text', value: 'the site' }] },
            { type: 'text', value: ' now' },
          ],
        },
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [
            {
              type: 'listItem',
              spread: false,
              children: [
                {
                  type: 'paragraph',
                  children: [
                    { type: 'text', value: 'x ' },
                    { type: 'strong', children: [{ type: 'text', value: 'bold ' }] },
                    { type: 'link', url: 'mailto:a@b.co', children: [{ type: 'strong', children: [{ type: 'text', value: 'link' }] }] },
                    { type: 'text', value: ' tail' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    })
  })

  it('ignores the textFormat elements inherit from their first text', () => {
    const tree = lexicalToMdast(typedInheritedFormats)
    expect(tree.children[1]).toStrictEqual({
      type: 'list',
      ordered: false,
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          children: [
            { type: 'paragraph', children: [{ type: 'text', value: 'item' }] },
            {
              type: 'list',
              ordered: false,
              spread: false,
              children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'nested italic' }] }] }] }],
            },
          ],
        },
        {
          type: 'listItem',
          spread: false,
          children: [{ type: 'paragraph', children: [{ type: 'link', url: 'https://a.co', children: [{ type: 'text', value: 'site' }] }] }],
        },
      ],
    })
  })

  it('reads an autolink (a URL typed into text) as a link', () => {
    const autolink = {
      ...element,
      type: 'autolink',
      version: 2,
      children: [text('www.example.com')],
      fields: { linkType: 'custom', url: 'https://www.example.com' },
    }
    expect(lexicalToMdast(state(paragraph(text('Go to '), autolink, text('.'))))).toStrictEqual({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Go to ' },
            { type: 'link', url: 'https://www.example.com', children: [{ type: 'text', value: 'www.example.com' }] },
            { type: 'text', value: '.' },
          ],
        },
      ],
    })
  })

  it('merges neighbouring text of one format and spans a mark over as much as carries it', () => {
    const tree = lexicalToMdast(
      state(
        // pasted text: two nodes of one format that differ only in (ignored) inline CSS
        paragraph(text('a', 1), text('b', 1, { style: 'color: red;' }), text('c', 3), text('d', 1), text('e', 2), text('f', 0)),
      ),
    )
    expect(tree.children[0]).toStrictEqual({
      type: 'paragraph',
      children: [
        {
          type: 'strong',
          children: [
            { type: 'text', value: 'ab' },
            { type: 'emphasis', children: [{ type: 'text', value: 'c' }] },
            { type: 'text', value: 'd' },
          ],
        },
        { type: 'emphasis', children: [{ type: 'text', value: 'e' }] },
        { type: 'text', value: 'f' },
      ],
    })
  })

  it('keeps a line break outside the marks around it', () => {
    const tree = lexicalToMdast(state(paragraph(text('a', 1), { type: 'linebreak', version: 1 }, text('b', 1))))
    expect(tree.children[0]).toStrictEqual({
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: 'a' }] }, { type: 'break' }, { type: 'strong', children: [{ type: 'text', value: 'b' }] }],
    })
  })

  it('drops line breaks ending a paragraph or list item (Markdown cannot hold them), keeps the rest', () => {
    const br = { type: 'linebreak', version: 1 }
    const item = { ...element, type: 'listitem', value: 1, children: [text('x'), br] }
    const list = { ...element, type: 'list', listType: 'bullet', start: 1, tag: 'ul', children: [item] }
    expect(lexicalToMdast(state(paragraph(br, text('a'), br, br, text('b'), br, br), paragraph(br), list))).toStrictEqual({
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'break' }, { type: 'text', value: 'a' }, { type: 'break' }, { type: 'break' }, { type: 'text', value: 'b' }] },
        { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] }] },
      ],
    })
  })

  it('reads code with italic and bold as strong > emphasis > inlineCode', () => {
    expect(lexicalToMdast(state(paragraph(text('f()', 1 | 2 | 16)))).children[0]).toStrictEqual({
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'emphasis', children: [{ type: 'inlineCode', value: 'f()' }] }] }],
    })
  })

  it('reads a tab node as a tab character in the text', () => {
    const tab = { ...text('\t', 0, { detail: 2 }), type: 'tab' }
    expect(lexicalToMdast(state(paragraph(text('a'), tab, text('b')))).children[0]).toStrictEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: 'a\tb' }],
    })
  })

  it('reads JSON saved by older Lexical versions (direction ltr, checked on items) the same', () => {
    const legacy = {
      root: {
        children: [
          {
            ...paragraph(text('Hi')),
            direction: 'ltr',
          },
          {
            ...element,
            direction: 'ltr',
            type: 'list',
            listType: 'bullet',
            start: 1,
            tag: 'ul',
            children: [{ ...element, direction: 'ltr', type: 'listitem', value: 1, checked: false, children: [text('x')] }],
          },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        type: 'root',
        version: 1,
      },
    } as unknown as SerializedEditorState
    expect(lexicalToMdast(legacy)).toStrictEqual({
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Hi' }] },
        { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] }] },
      ],
    })
  })

  it('drops a link left without text and keeps an empty list item', () => {
    const emptyLink = { ...element, type: 'link', version: 3, children: [], fields: { linkType: 'custom', url: 'https://x.y', newTab: false } }
    const list = { ...element, type: 'list', listType: 'number', start: 2, tag: 'ol', children: [{ ...element, type: 'listitem', value: 2, children: [] }] }
    expect(lexicalToMdast(state(paragraph(text('a'), emptyLink), list))).toStrictEqual({
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'a' }] },
        { type: 'list', ordered: true, start: 2, spread: false, children: [{ type: 'listItem', spread: false, children: [] }] },
      ],
    })
  })
})

describe('lexicalToMdast refuses what the model cannot hold', () => {
  const refusal = (value: SerializedEditorState) => {
    try {
      lexicalToMdast(value)
    } catch (error) {
      // The project's one problem type: where the node is, its type, and what to tell the editor.
      expect(error).toBeInstanceOf(VFileMessage)
      const { note, actual, reason, ruleId, source, fatal } = error as VFileMessage
      expect({ ruleId, source, fatal }).toEqual({ ruleId: 'unsupported-rich-text', source: 'careers', fatal: true })
      return { path: note, nodeType: actual, message: reason }
    }
    throw new Error('expected a VFileMessage')
  }
  const node = (type: string, extra: object = {}): SerializedLexicalNode => ({ type, version: 1, ...extra })
  const heading = { ...element, type: 'heading', tag: 'h2', children: [text('Title')] }

  it('names a heading, with its path', () => {
    expect(refusal(state(paragraph(text('a')), heading))).toEqual({
      path: 'root.children[1]',
      nodeType: 'heading',
      message: 'Headings are not allowed in this field; use bold text instead.',
    })
  })

  it.each([
    ['quote', { ...element, type: 'quote', children: [text('q')] }, /Quotes are not allowed/],
    ['upload', node('upload', { version: 3, format: '', id: 'x', fields: null, relationTo: 'media', value: '1' }), /Images and files/],
    ['relationship', node('relationship', { version: 2, format: '', relationTo: 'pages', value: '1' }), /Embedded documents/],
    ['block', node('block', { version: 2, format: '', fields: { id: 'b', blockName: '', blockType: 'cta' } }), /Blocks are not allowed/],
    ['table', { ...element, type: 'table', children: [] }, /Tables are not allowed/],
    ['horizontalrule', node('horizontalrule'), /Horizontal lines/],
    ['mystery', node('mystery'), /"mystery" content is not allowed in this field; it may hold paragraphs, bullet and numbered lists/],
  ])('names a %s at the top level', (type, value, message) => {
    const { path, nodeType, message: said } = refusal(state(value))
    expect({ path, nodeType }).toEqual({ path: 'root.children[0]', nodeType: type })
    expect(said).toMatch(message)
  })

  it('names a node deep inside a list, with the full path', () => {
    const inlineBlock = node('inlineBlock', { fields: { id: 'i', blockType: 'x' } })
    const nested = { ...element, type: 'list', listType: 'bullet', start: 1, tag: 'ul', children: [{ ...element, indent: 1, type: 'listitem', value: 1, children: [text('a'), inlineBlock] }] }
    const list = {
      ...element,
      type: 'list',
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      children: [
        { ...element, type: 'listitem', value: 1, children: [text('x')] },
        { ...element, type: 'listitem', value: 2, children: [nested] },
      ],
    }
    expect(refusal(state(paragraph(text('p')), list))).toMatchObject({ path: 'root.children[1].children[1].children[0].children[0].children[1]', nodeType: 'inlineBlock' })
  })

  it('refuses a checklist', () => {
    const list = { ...element, type: 'list', listType: 'check', start: 1, tag: 'ul', children: [{ ...element, type: 'listitem', value: 1, checked: true, children: [text('done')] }] }
    expect(refusal(state(list))).toEqual({
      path: 'root.children[0]',
      nodeType: 'list',
      message: 'Checklists are not allowed in this field; use a bullet list instead.',
    })
  })

  it.each([
    [4, 'Strikethrough', 'the strikethrough'],
    [8, 'Underlined text', 'the underline'],
    [32, 'Subscript', 'the subscript'],
    [64, 'Superscript', 'the superscript'],
    [128, 'Highlighted text', 'the highlight'],
    [512, 'Changed letter case', 'the case formatting'],
    [1 | 8, 'Underlined text', 'the underline'],
  ])('refuses text format bits %i (%s), naming the text', (format, name, what) => {
    const inLink = { ...element, type: 'link', version: 3, children: [text('ok'), text('styled', format)], fields: { linkType: 'custom', url: 'https://x.y', newTab: false } }
    expect(refusal(state(paragraph(text('a'), inLink)))).toEqual({
      path: 'root.children[0].children[1].children[1]',
      nodeType: 'text',
      message: `${name} is not allowed in this field ("styled"); select the text and remove ${what}.`,
    })
  })

  it('refuses a link to another document and a link that opens a new tab', () => {
    const link = (fields: object) => ({ ...element, type: 'link', version: 3, id: 'a', children: [text('here')], fields })
    expect(refusal(state(paragraph(link({ linkType: 'internal', newTab: false, doc: { relationTo: 'pages', value: '1' } }))))).toMatchObject({
      path: 'root.children[0].children[0]',
      nodeType: 'link',
      message: expect.stringMatching(/^Links to other documents are not allowed/),
    })
    expect(refusal(state(paragraph(link({ linkType: 'custom', url: 'https://x.y', newTab: true }))))).toMatchObject({
      message: 'Links in this field cannot open in a new tab; edit the link and untick "Open in new tab".',
    })
    expect(refusal(state(paragraph(link({ linkType: 'custom', newTab: false }))))).toMatchObject({ message: expect.stringMatching(/no web address/) })
  })

  it('refuses centred text and an indented paragraph, which the editor can see', () => {
    expect(refusal(state({ ...paragraph(text('a')), format: 'center' }))).toMatchObject({ path: 'root.children[0]', nodeType: 'paragraph', message: expect.stringMatching(/^Centred text is not allowed/) })
    expect(refusal(state({ ...paragraph(text('a')), indent: 1 }))).toMatchObject({ path: 'root.children[0]', message: expect.stringMatching(/^Indented paragraphs/) })
  })

  it('accepts left alignment, pasted text brings it', () => {
    expect(lexicalToMdast(state({ ...paragraph(text('a')), format: 'left' }))).toEqual({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }] }] })
  })
})
