import { normalizeRichText } from '@careers/career-path'
import fc from 'fast-check'
import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast'

/**
 * fast-check arbitraries for rich text. `canonicalRichText` makes only trees in
 * the one shape lexicalToMdast gives back (normal form, link > strong >
 * emphasis > code, no break inside a mark, nothing that Lexical merges), so a
 * round trip must return them unchanged. `looseRichText` nests anything in any
 * order, for properties that hold whatever the shape.
 */

// Markdown's own characters, tabs and soft line breaks, so text is kept as text whatever it holds.
const hostile = ['#', '**', '_', '`', '[x](y)', '<b>', '&amp;', '\\', '~~', '1.', '- [ ]', 'http://x.y', 'a@b.co', 'é', '€', '\u00a0x', 'a\tb', 'line\nnext', '  ', '“q”']
const wordChars = 'abcxyzABC0189#*_`[]()<>&\\~-+=.!:@éł€'.split('')
const word = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...hostile) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...wordChars), { minLength: 1, maxLength: 6 }).map((c) => c.join('')) },
  { weight: 2, arbitrary: fc.constantFrom('career', 'developer', 'Ökonom', 'API') },
)
const sentence = fc
  .array(word, { minLength: 1, maxLength: 5 })
  .map((words) => words.join(' ').trim())
  .filter((s) => s !== '')

const text = sentence.map((value): PhrasingContent => ({ type: 'text', value }))
const code = fc
  .array(fc.constantFrom(...wordChars, ' '), { minLength: 1, maxLength: 8 })
  .map((c) => c.join('').trim())
  .filter((v) => v !== '')
  .map((value): PhrasingContent => ({ type: 'inlineCode', value }))
const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('mailto:careers@example.com', 'https://example.com/a_(b)*c', 'http://example.com/?q=a|b'))

const space: PhrasingContent = { type: 'text', value: ' ' }
const lineBreak: PhrasingContent = { type: 'break' }

/** Nodes joined by a space (or, where `breaks`, sometimes a line break), so no two of one kind touch. */
function joined(node: fc.Arbitrary<PhrasingContent>, breaks: boolean, maxLength = 3) {
  return fc
    .array(fc.tuple(node, breaks ? fc.boolean() : fc.constant(false)), { minLength: 1, maxLength })
    .map((pairs) => pairs.flatMap(([n, br], i): PhrasingContent[] => (i === 0 ? [n] : [br ? lineBreak : space, n])))
}

const emphasis = joined(fc.oneof(text, code), false).map((children): PhrasingContent => ({ type: 'emphasis', children }))
const strong = joined(fc.oneof(text, code, emphasis), false).map((children): PhrasingContent => ({ type: 'strong', children }))
const formatted = fc.oneof({ weight: 3, arbitrary: text }, code, emphasis, strong)
const link = fc.tuple(url, joined(formatted, true)).map(([u, children]): PhrasingContent => ({ type: 'link', url: u, children }))

const phrasing = joined(fc.oneof({ weight: 4, arbitrary: formatted }, link), true, 5)
const paragraph = phrasing.map((children): BlockContent => ({ type: 'paragraph', children }))

const list = (depth: number): fc.Arbitrary<List> => {
  const nested = depth < 2 ? fc.constant(null).chain(() => list(depth + 1)) : fc.constant(null)
  const item = fc.oneof(
    { weight: 6, arbitrary: paragraph.map((p) => [p]) },
    { weight: 2, arbitrary: fc.tuple(paragraph, nested).map(([p, l]) => (l ? [p, l] : [p])) },
    { weight: 1, arbitrary: fc.tuple(paragraph, nested, nested).map(([p, a, b]) => [p, ...(a ? [a] : []), ...(b ? [b] : [])]) },
    { weight: 1, arbitrary: nested.map((l) => (l ? [l] : [])) },
  )
  return fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 20 }), fc.array(item, { minLength: 1, maxLength: 4 })).map(
    ([ordered, start, items]): List => ({
      type: 'list',
      ordered,
      ...(ordered ? { start } : {}),
      spread: false,
      children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children: children as BlockContent[] })),
    }),
  )
}

export const canonicalRichText: fc.Arbitrary<Root> = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 2, arbitrary: list(0) }), { minLength: 0, maxLength: 4 }), paragraph)
  .map(([blocks, separator]) => {
    // Two lists of one kind in a row are one list to Lexical: keep a paragraph between them.
    const children: RootContent[] = []
    for (const block of blocks) {
      const last = children[children.length - 1]
      if (block.type === 'list' && last?.type === 'list' && last.ordered === block.ordered) children.push(separator)
      children.push(block)
    }
    return normalizeRichText({ type: 'root', children })
  })

/** Inline content nested any way mdast allows (but no link in a link), with empty and touching marks. */
const looseInline: fc.Arbitrary<PhrasingContent> = fc.letrec<{ inline: PhrasingContent; noLink: PhrasingContent }>((tie) => ({
  noLink: fc.oneof(
    { depthSize: 'small' },
    text,
    code,
    fc.constant(space),
    fc.constant(lineBreak),
    fc.array(tie('noLink'), { maxLength: 3 }).map((children): PhrasingContent => ({ type: 'strong', children })),
    fc.array(tie('noLink'), { maxLength: 3 }).map((children): PhrasingContent => ({ type: 'emphasis', children })),
  ),
  inline: fc.oneof(
    { depthSize: 'small' },
    tie('noLink'),
    fc.tuple(url, fc.array(tie('noLink'), { maxLength: 3 })).map(([u, children]): PhrasingContent => ({ type: 'link', url: u, children })),
    fc.array(tie('inline'), { maxLength: 3 }).map((children): PhrasingContent => ({ type: 'strong', children })),
    fc.array(tie('inline'), { maxLength: 3 }).map((children): PhrasingContent => ({ type: 'emphasis', children })),
  ),
})).inline

// Ends in text: a line break ending a paragraph is dropped on the way back, by design.
const looseParagraph = fc.array(looseInline, { minLength: 1, maxLength: 5 }).map((children): BlockContent => ({ type: 'paragraph', children: [...children, { type: 'text', value: '.' }] }))

const looseList = (depth: number): fc.Arbitrary<List> => {
  const nested = depth < 2 ? fc.constant(null).chain(() => looseList(depth + 1)) : fc.constant(null)
  const item = fc.tuple(fc.option(looseParagraph, { freq: 5 }), fc.array(nested, { maxLength: 2 })).map(([p, lists]) => [...(p ? [p] : []), ...lists.filter((l): l is List => l !== null)])
  return fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 5 }), fc.array(item, { minLength: 1, maxLength: 4 })).map(
    ([ordered, start, items]): List => ({
      type: 'list',
      ordered,
      ...(ordered ? { start } : {}),
      spread: false,
      children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })),
    }),
  )
}

/**
 * Any tree mdastToLexical accepts, nested in any order, touching lists merged
 * by Lexical, not normalized.
 */
export const looseRichText: fc.Arbitrary<Root> = fc
  .array(fc.oneof({ weight: 3, arbitrary: looseParagraph }, { weight: 2, arbitrary: looseList(0) }), { maxLength: 4 })
  .map((children): Root => ({ type: 'root', children }))
