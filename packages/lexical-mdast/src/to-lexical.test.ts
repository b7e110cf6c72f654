import { VFileMessage } from '@careers/career-path'
import type { BlockContent, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { lexicalToMdast, mdastToLexical, type SerializedEditorState } from './index.js'
import { typedFormats, typedInheritedFormats, typedLinks, typedLists } from './test-support/recorded-states.js'

const root = (...children: RootContent[]): Root => ({ type: 'root', children })
const p = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children })
const t = (value: string): PhrasingContent => ({ type: 'text', value })
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children })
const em = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children })
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value })
const link = (url: string, ...children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children })
const bullets = (...items: BlockContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children })),
})

/** The link ids Payload generated in a recorded state, in reading order, to replay them. */
function linkIds(state: SerializedEditorState): (n: number) => string {
  const ids: string[] = []
  JSON.stringify(state, (_key, value: { type?: string; id?: string }) => {
    if (value?.type === 'link' && value.id) ids.push(value.id)
    return value
  })
  return (n) => ids[n - 1]!
}

/** What the editor saved, less the trailing empty paragraph an Enter left. */
function withoutTrailingEmptyParagraph(state: SerializedEditorState): SerializedEditorState {
  return { root: { ...state.root, children: state.root.children.slice(0, -1) } }
}

const textNode = (text: string, format = 0) => ({ detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 })

describe('mdastToLexical writes exactly what the editor saves', () => {
  it.each([
    ['formats and a line break', withoutTrailingEmptyParagraph(typedFormats)],
    ['nested bullet and numbered lists, a start number', typedLists],
    ['links, bold inside a link', typedLinks],
    ['textFormat inherited by lists, items and paragraphs', typedInheritedFormats],
  ])('%s: the recorded editor state, byte for byte', (_name, recorded) => {
    const written = mdastToLexical(lexicalToMdast(recorded), { linkId: linkIds(recorded) })
    expect(written).toStrictEqual(recorded)
    expect(JSON.stringify(written)).toBe(JSON.stringify(recorded))
  })

  it('writes a paragraph of plain text', () => {
    expect(mdastToLexical(root(p(t('Hello'))))).toStrictEqual({
      root: {
        children: [{ children: [textNode('Hello')], direction: null, format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' }],
        direction: null,
        format: '',
        indent: 0,
        type: 'root',
        version: 1,
      },
    })
  })

  it('writes one empty paragraph for an empty tree, as an emptied editor holds', () => {
    expect(mdastToLexical(root()).root.children).toStrictEqual([{ children: [], direction: null, format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' }])
  })

  it('flattens nested marks into format bits: bold 1, italic 2, code 16', () => {
    const [paragraph] = mdastToLexical(root(p(strong(t('b'), em(t('bi'), code('bic'))), em(code('ic')), code('c')))).root.children
    expect(paragraph).toMatchObject({
      textFormat: 1,
      children: [textNode('b', 1), textNode('bi', 3), textNode('bic', 19), textNode('ic', 18), textNode('c', 16)],
    })
  })

  it('merges neighbouring text of one format into one node, as Lexical does', () => {
    const [paragraph] = mdastToLexical(root(p(strong(t('a')), strong(t('b')), t(''), em(strong(t('c')))))).root.children
    expect(paragraph).toMatchObject({ children: [textNode('ab', 1), textNode('c', 3)] })
  })

  it('writes a link as Payload saves a custom link, the formatting on its text', () => {
    const [paragraph] = mdastToLexical(root(p(strong(link('https://example.com/a?b=c', t('x'), em(t('y'))))))).root.children
    expect(paragraph).toStrictEqual({
      children: [
        {
          children: [textNode('x', 1), textNode('y', 3)],
          direction: null,
          format: '',
          indent: 0,
          type: 'link',
          version: 3,
          fields: { linkType: 'custom', url: 'https://example.com/a?b=c', newTab: false },
          id: '000000000000000000000001',
        },
      ],
      direction: null,
      format: '',
      indent: 0,
      type: 'paragraph',
      version: 1,
      // no text child of its own: the first text inside (bold) gives the format
      textFormat: 1,
      textStyle: '',
    })
  })

  it('numbers links in reading order, or with the ids given', () => {
    const tree = root(p(link('https://a.co', t('a'))), bullets([p(link('https://b.co', t('b')))]))
    const ids = (state: SerializedEditorState) => JSON.stringify(state).match(/"id":"[^"]+"/g)
    expect(ids(mdastToLexical(tree))).toEqual(['"id":"000000000000000000000001"', '"id":"000000000000000000000002"'])
    expect(ids(mdastToLexical(tree, { linkId: (n) => `link-${n}` }))).toEqual(['"id":"link-1"', '"id":"link-2"'])
  })

  it('writes a line break as a linebreak node', () => {
    const [paragraph] = mdastToLexical(root(p(t('a'), { type: 'break' }, t('b')))).root.children
    expect(paragraph).toMatchObject({ children: [textNode('a'), { type: 'linebreak', version: 1 }, textNode('b')] })
  })

  it('keeps tabs and soft line breaks inside the text, so they come back unchanged', () => {
    const [paragraph] = mdastToLexical(root(p(t('a\tb\nc')))).root.children
    expect(paragraph).toMatchObject({ children: [textNode('a\tb\nc')] })
  })

  it('writes a nested list as an item of its own, numbered like the item after it, indented one more', () => {
    const tree = root({
      type: 'list',
      ordered: true,
      start: 5,
      spread: false,
      children: [
        { type: 'listItem', spread: false, children: [p(t('five')), bullets([p(t('inner'))])] },
        { type: 'listItem', spread: false, children: [p(t('six'))] },
      ],
    })
    const [list] = mdastToLexical(tree).root.children
    expect(list).toMatchObject({
      type: 'list',
      listType: 'number',
      start: 5,
      tag: 'ol',
      indent: 0,
      children: [
        { type: 'listitem', value: 5, indent: 0, children: [textNode('five')] },
        {
          type: 'listitem',
          value: 6,
          indent: 0,
          children: [{ type: 'list', listType: 'bullet', start: 1, tag: 'ul', indent: 0, children: [{ type: 'listitem', value: 1, indent: 1, children: [textNode('inner')] }] }],
        },
        { type: 'listitem', value: 6, indent: 0, children: [textNode('six')] },
      ],
    })
    expect(JSON.stringify(list)).not.toContain('checked')
  })

  it('writes an item holding only a nested list as an empty item followed by the list', () => {
    const [list] = mdastToLexical(root(bullets([bullets([p(t('x'))])], []))).root.children
    expect(list).toMatchObject({
      children: [
        { type: 'listitem', value: 1, children: [] },
        { type: 'listitem', value: 2, children: [{ type: 'list' }] },
        { type: 'listitem', value: 2, children: [] },
      ],
    })
  })

  it('merges two lists of one kind in a row into one, as Lexical does; a numbered list stays apart', () => {
    const numbered: List = { type: 'list', ordered: true, start: 1, spread: false, children: [{ type: 'listItem', spread: false, children: [p(t('3'))] }] }
    const { children } = mdastToLexical(root(bullets([p(t('1'))]), bullets([p(t('2'))]), numbered)).root
    expect(children).toMatchObject([
      {
        type: 'list',
        listType: 'bullet',
        children: [
          { value: 1, children: [textNode('1')] },
          { value: 2, children: [textNode('2')] },
        ],
      },
      { type: 'list', listType: 'number', children: [{ value: 1 }] },
    ])
  })

  it('drops a link without text, as Lexical removes it', () => {
    const [paragraph] = mdastToLexical(root(p(t('a'), link('https://x.y')))).root.children
    expect(paragraph).toMatchObject({ children: [textNode('a')] })
  })
})

describe('mdastToLexical refuses what Lexical rich text here cannot hold', () => {
  const refusal = (tree: Root) => {
    try {
      mdastToLexical(tree)
    } catch (error) {
      // The project's one problem type: where the node is, its type, and what to tell the editor.
      expect(error).toBeInstanceOf(VFileMessage)
      const { note, actual, reason, ruleId, source, fatal } = error as VFileMessage
      expect({ ruleId, source, fatal }).toEqual({ ruleId: 'unsupported-rich-text', source: 'careers', fatal: true })
      return { path: note, nodeType: actual, message: reason }
    }
    throw new Error('expected a VFileMessage')
  }

  it('names a heading with its path', () => {
    expect(refusal(root(p(t('a')), { type: 'heading', depth: 2, children: [t('H')] }))).toEqual({
      path: 'root.children[1]',
      nodeType: 'heading',
      message: 'Headings are not allowed in this field; use bold text instead.',
    })
  })

  it('names strikethrough and an image inside a list', () => {
    const deleted: PhrasingContent = { type: 'delete', children: [t('gone')] }
    expect(refusal(root(bullets([p(t('a'))], [p(strong(deleted))])))).toMatchObject({
      path: 'root.children[0].children[1].children[0].children[0].children[0]',
      nodeType: 'delete',
    })
    expect(refusal(root(p({ type: 'image', url: 'https://x.y/i.png' })))).toMatchObject({ path: 'root.children[0].children[0]', nodeType: 'image' })
  })

  it('refuses a second paragraph in a list item, a link in a link and a task list item', () => {
    expect(refusal(root(bullets([p(t('a')), p(t('b'))])))).toMatchObject({ path: 'root.children[0].children[0].children[1]', nodeType: 'paragraph' })
    expect(refusal(root(p(link('https://a.co', link('https://b.co', t('x'))))))).toMatchObject({ path: 'root.children[0].children[0].children[0]', nodeType: 'link' })
    const task: List = { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', checked: true, spread: false, children: [p(t('done'))] }] }
    expect(refusal(root(task))).toMatchObject({ path: 'root.children[0].children[0]', message: expect.stringMatching(/^Checklists/) })
  })
})
