import { withArticle } from './article.js'
import type { CareerPath } from './career-path.js'
import { headingText } from './headings.js'
import { localeOf } from './locales/index.js'

/** The keys of an entry that are sections of the page, in reading order. */
export type SectionKey = 'definition' | 'whatTheyDo' | 'responsibilities' | 'specializations' | 'workEnvironment' | 'workingConditions' | 'difficulty' | 'outlook' | 'faqs' | 'related'

export interface SectionSpec {
  key: SectionKey
  /** 2 for a section, 3 for one inside "What it's like to be …". */
  depth: 2 | 3
  required: boolean
  /** Written by a translator in each locale; a shared section (the related entries) is not. */
  translated: boolean
  /** The heading for an entry of this title. */
  heading: (title: string) => string
  /** Recognises the heading whatever the title says (so a renamed title still parses). */
  match: RegExp
}

/** The group heading that holds the four depth-3 sections about the job. */
export const lifeHeading = (title: string) => `What it's like to be ${withArticle(title)}`
export const lifeMatch = /^What it[’']?s like to be an? .+$/i

/** The page title: "Backend Developer Career Path". */
export const pageTitle = (title: string) => `${title} Career Path`

/** The page title in the entry's locale: "Backend Developer Career Path", "Berufsbild Backend-Entwickler". */
export const entryPageTitle = (entry: Pick<CareerPath, 'title' | 'forms' | 'locale'>) => headingText(localeOf(entry), 'page', entry)

/**
 * Every section of an entry, in the seed's order and with the seed's headings.
 * Markdown, the PDF handout and lint all read this one table.
 */
export const sections: readonly SectionSpec[] = [
  {
    key: 'definition',
    depth: 2,
    required: true,
    translated: true,
    heading: (t) => `Definition of ${withArticle(t)}`,
    match: /^Definition of an? .+$/i,
  },
  {
    key: 'whatTheyDo',
    depth: 2,
    required: true,
    translated: true,
    heading: (t) => `What does ${withArticle(t)} do`,
    match: /^What does an? .+ do\??$/i,
  },
  {
    key: 'responsibilities',
    depth: 2,
    required: true,
    translated: true,
    heading: (t) => `Key responsibilities of ${withArticle(t)}`,
    match: /^Key responsibilities of an? .+$/i,
  },
  {
    key: 'specializations',
    depth: 2,
    required: false,
    translated: true,
    heading: (t) => `Types of ${t}`,
    match: /^Types of .+$/i,
  },
  {
    key: 'workEnvironment',
    depth: 3,
    required: false,
    translated: true,
    heading: (t) => `${t} work environment`,
    match: /^.+ work environment$/i,
  },
  {
    key: 'workingConditions',
    depth: 3,
    required: false,
    translated: true,
    heading: (t) => `${t} working conditions`,
    match: /^.+ working conditions$/i,
  },
  {
    key: 'difficulty',
    depth: 3,
    required: false,
    translated: true,
    heading: (t) => `How hard is it to be ${withArticle(t)}`,
    match: /^How hard is it to be an? .+?\??$/i,
  },
  {
    key: 'outlook',
    depth: 3,
    required: false,
    translated: true,
    heading: (t) => `Is ${withArticle(t)} a good career path`,
    match: /^Is an? .+ a good career( path)?\??$/i,
  },
  {
    key: 'faqs',
    depth: 2,
    required: false,
    translated: true,
    heading: (t) => `FAQs about being ${withArticle(t)}`,
    match: /^FAQs about being an? .+$/i,
  },
  {
    key: 'related',
    depth: 2,
    required: false,
    translated: false,
    heading: () => 'Related Career Paths',
    match: /^Related Career Paths$/i,
  },
]

/** The four sections under "What it's like to be …". */
export const lifeSections = sections.filter((s) => s.depth === 3)

/** True when the entry has something to show for the section. */
export function hasSection(entry: CareerPath, key: SectionKey): boolean {
  const value = entry[key]
  if (value === undefined) return false
  if (Array.isArray(value)) return value.length > 0
  return value.children.length > 0
}

/** One heading of an entry's page: a section's, or the "What it's like to be …" group's (no `spec`). */
export interface EntryHeading {
  depth: 2 | 3
  text: string
  spec?: SectionSpec
}

/**
 * The section headings an entry shows, in order and in its locale's words:
 * every section it has, with the "What it's like to be …" group heading
 * before the first of the four sections under it. Markdown and the PDF
 * handout both lay pages out from it.
 */
export function entryHeadings(entry: CareerPath): EntryHeading[] {
  const locale = localeOf(entry)
  const headings: EntryHeading[] = []
  for (const spec of sections) {
    if (!hasSection(entry, spec.key)) continue
    if (spec.depth === 3 && !headings.some((h) => h.spec?.depth === 3)) {
      headings.push({ depth: 2, text: headingText(locale, 'life', entry) })
    }
    headings.push({ depth: spec.depth, text: headingText(locale, spec.key, entry), spec })
  }
  return headings
}

/** The keys of the headings an entry shows (its page title, the group heading when it has a section under it, its sections): what its forms must cover. */
export function entryHeadingKeys(entry: CareerPath): ('page' | 'life' | SectionKey)[] {
  const keys: ('page' | 'life' | SectionKey)[] = ['page']
  for (const { spec } of entryHeadings(entry)) keys.push(spec ? spec.key : 'life')
  return keys
}
