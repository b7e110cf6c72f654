import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as api from './index.js'

/**
 * The public API of the package. Adding, renaming or removing an export is a
 * change for every consumer (publishing, the CMS): update this list on purpose.
 */
const runtimeExports = [
  'VFileMessage',
  'byFileAndLine',
  'careerPathFields',
  'careerPathSchema',
  'defaultLocale',
  'entryHeadingKeys',
  'entryHeadings',
  'entryPageTitle',
  'excerpt',
  'formsUsed',
  'fromProblemData',
  'hasSection',
  'headingMatcher',
  'headingPattern',
  'headingText',
  'inFieldOrder',
  'isEmptyRichText',
  'isError',
  'isLocale',
  'isSafeUrl',
  'isStaleTranslation',
  'lifeHeading',
  'lifeMatch',
  'lifeSections',
  'limits',
  'localeCodes',
  'localeFormNames',
  'localeOf',
  'locales',
  'missingForms',
  'normalizeRichText',
  'pageTitle',
  'paragraphs',
  'placed',
  'plainTextOf',
  'problem',
  'problemText',
  'richTextFields',
  'safeLinkProtocols',
  'sections',
  'slugPattern',
  'slugify',
  'titleMidSentence',
  'toProblemData',
  'translatableFields',
  'translationRevision',
  'validateCareerPath',
  'validateRichText',
  'withArticle',
]

const typeExports = [
  'CareerPath',
  'EntryHeading',
  'Faq',
  'RichText',
  'RichTextBlock',
  'RichTextField',
  'RichTextInline',
  'SectionKey',
  'SectionSpec',
  'Specialization',
  'ValidationResult',
  'Locale',
  'LocaleConfig',
  'ProblemOptions',
  'ProblemData',
  'LocaleLabels',
  'HeadingTemplates',
  'HeadingKey',
  'TitleNames',
]

describe('public API of @careers/career-path', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual(runtimeExports)
  })

  it('declares exactly these names in src/index.ts (values and types)', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8')
    const names = [...source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)]
      .flatMap((m) => m[1]!.split(','))
      .map(
        (s) =>
          s
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
      )
      .filter(Boolean)
    expect(source).not.toMatch(/export\s+\*/)
    expect(names.sort()).toEqual([...runtimeExports, ...typeExports].sort())
  })

  it('exports functions where functions are expected', () => {
    for (const name of ['hasSection', 'isEmptyRichText', 'isSafeUrl', 'lifeHeading', 'normalizeRichText', 'pageTitle', 'paragraphs', 'slugify', 'validateCareerPath', 'validateRichText', 'withArticle'] as const) {
      expect(typeof api[name], name).toBe('function')
    }
  })
})

describe('inFieldOrder', () => {
  it("lists an entry's keys in the model's order and drops absent ones", async () => {
    const { inFieldOrder, careerPathFields } = await import('./index.js')
    const paragraph = { type: 'root' as const, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'x' }] }] }
    const shuffled = { related: [], faqs: [], tags: undefined, occupationCode: '15-1252.00', specializations: [], responsibilities: ['a'], whatTheyDo: paragraph, definition: paragraph, slug: 's', title: 'T' }
    const ordered = inFieldOrder(shuffled)
    expect(Object.keys(ordered)).toEqual(careerPathFields.filter((key) => key in ordered))
    expect(Object.keys(ordered)).toEqual(['title', 'slug', 'definition', 'whatTheyDo', 'responsibilities', 'specializations', 'faqs', 'related', 'occupationCode'])
    expect(ordered).toEqual({ ...shuffled, tags: undefined })
  })
})
