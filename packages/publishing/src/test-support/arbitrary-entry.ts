import { careerPathFields, defaultLocale, localeFormNames, normalizeRichText, validateCareerPath, type CareerPath, type Locale, type RichText } from '@careers/career-path'
import fc from 'fast-check'
import type { BlockContent, List, ListItem, PhrasingContent } from 'mdast'

/**
 * fast-check arbitraries for entries in normal form, full of Markdown's own
 * characters, so property tests try to make user text turn into markup.
 */
const hostile = [
  '#',
  '##',
  '*',
  '**',
  '_',
  '__',
  '`',
  '``',
  '[',
  ']',
  '(',
  ')',
  '[x](y)',
  '![i](j)',
  '|',
  '<',
  '>',
  '<b>',
  '<script>',
  '&',
  '&amp;',
  '&#42;',
  '\\',
  '~',
  '~~',
  '-',
  '--',
  '---',
  '+',
  '=',
  '===',
  '1.',
  '2)',
  '>',
  '!',
  ':',
  'http://x.y',
  'www.a.b',
  'a@b.co',
  '{',
  '}',
  '$',
  '%',
  '^',
  '"',
  "'",
  '“q”',
  '*a*',
  '_b_',
  '`c`',
  '<http://z>',
  '[^1]',
  '- [ ]',
  'é',
  'ł',
  'ő',
  '€',
  'Ångström',
  '\u00a0x',
]
const wordChars = 'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789#*_`[]()|<>&\\~-+=.!:@{}éłő€'.split('')

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostile) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...wordChars), { minLength: 1, maxLength: 7 }).map((c) => c.join('')) },
  { weight: 2, arbitrary: fc.constantFrom('career', 'developer', 'Ökonom', 'data', 'API', 'UX') },
)

/** One line of text: words joined by single spaces, no space at either end. */
export const sentence = (maxWords = 8) =>
  fc
    .array(word, { minLength: 1, maxLength: maxWords })
    .map((words) => words.join(' ').trim())
    .filter((s) => s !== '')

const text = (maxWords?: number) => sentence(maxWords).map((value): PhrasingContent => ({ type: 'text', value }))
const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('mailto:careers@example.com', 'https://example.com/a_(b)*c', 'https://example.com/?q=a|b&r=[x]'))
const inline: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 4, arbitrary: text() },
  { weight: 1, arbitrary: text(4).map((t): PhrasingContent => ({ type: 'strong', children: [t] })) },
  { weight: 1, arbitrary: text(4).map((t): PhrasingContent => ({ type: 'emphasis', children: [t] })) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...wordChars, ' '), { minLength: 1, maxLength: 10 })
      .map((c) => c.join('').trim())
      .filter((v) => v !== '')
      .map((value): PhrasingContent => ({ type: 'inlineCode', value })),
  },
  { weight: 1, arbitrary: fc.tuple(url, text(4)).map(([u, t]): PhrasingContent => ({ type: 'link', url: u, children: [t] })) },
)

/** Inline nodes separated by a space or a line break, as an editor types them. */
const phrasing = fc
  .tuple(fc.array(inline, { minLength: 1, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))
  .map(([nodes, breaks]) => nodes.flatMap((node, i): PhrasingContent[] => (i === 0 ? [node] : [breaks[i] ? { type: 'break' } : { type: 'text', value: ' ' }, node])))

const paragraph = phrasing.map((children): BlockContent => ({ type: 'paragraph', children }))

const list = (depth: number): fc.Arbitrary<List> =>
  fc
    .tuple(
      fc.boolean(),
      fc.integer({ min: 1, max: 20 }),
      fc.array(
        fc.tuple(
          phrasing,
          depth < 2
            ? fc.option(
                fc.constant(null).chain(() => list(depth + 1)),
                { freq: 4 },
              )
            : fc.constant(null),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(
      ([ordered, start, items]): List => ({
        type: 'list',
        ordered,
        ...(ordered ? { start } : {}),
        spread: false,
        children: items.map(
          ([children, nested]): ListItem => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children }, ...(nested ? [nested] : [])],
          }),
        ),
      }),
    )

export const richText: fc.Arbitrary<RichText> = fc
  .array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: list(0) }), { minLength: 1, maxLength: 4 })
  .map((children) => normalizeRichText({ type: 'root', children }))

export const slug = fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'))

const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

/** A whole entry in normal form, every optional part sometimes present. */
export const careerPath: fc.Arbitrary<CareerPath> = fc
  .record(
    {
      title: sentence(5).filter((t) => t.length <= 120),
      slug,
      definition: richText,
      whatTheyDo: richText,
      responsibilities: fc.array(sentence(), { minLength: 1, maxLength: 5 }),
      specializations: fc.array(fc.record({ name: sentence(4), description: sentence(12) }), { maxLength: 3 }),
      workEnvironment: richText,
      workingConditions: richText,
      difficulty: richText,
      outlook: richText,
      faqs: fc.array(fc.record({ question: sentence(), answer: richText }), { maxLength: 3 }),
      related: fc.uniqueArray(slug, { maxLength: 3 }),
      tags: fc.uniqueArray(sentence(2), { minLength: 1, maxLength: 3 }),
      occupationCode: fc.stringMatching(/^\d{2}-\d{4}\.\d{2}$/),
      published: date,
      updated: date,
    },
    { requiredKeys: ['title', 'slug', 'definition', 'whatTheyDo', 'responsibilities', 'specializations', 'faqs', 'related'] },
  )
  .filter((e) => !e.related.includes(e.slug))
  .map((e) => {
    const fields = e as Partial<Record<(typeof careerPathFields)[number], unknown>>
    return Object.fromEntries(careerPathFields.filter((k) => fields[k] !== undefined).map((k) => [k, fields[k]])) as unknown as CareerPath
  })
  // Within the model's limits on a whole entry (a few in a hundred have too many paragraphs, items and line breaks).
  .filter((e) => validateCareerPath(e).ok)

/** The same entries in a locale: the locale named (absent for the default), every form its headings need, sometimes a recorded source revision. */
export const careerPathIn = (locale: Locale): fc.Arbitrary<CareerPath> =>
  fc
    .tuple(careerPath, fc.array(sentence(3), { minLength: localeFormNames(locale).length, maxLength: localeFormNames(locale).length }), fc.option(fc.stringMatching(/^[0-9a-f]{16}$/), { nil: undefined }))
    .map(([entry, forms, revision]) => {
      if (locale === defaultLocale) return entry
      const names = localeFormNames(locale)
      return {
        ...entry,
        locale,
        ...(names.length ? { forms: Object.fromEntries(names.map((n, i) => [n, forms[i]!])) } : {}),
        ...(revision ? { translation: { sourceRevision: revision } } : {}),
      }
    })
