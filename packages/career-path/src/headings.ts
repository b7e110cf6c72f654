import type { Locale } from './locales/index.js'
import { locales } from './locales/index.js'
import type { SectionKey } from './sections.js'

/** A heading of a page: a section's, the page title, or the group heading over the four sections about the job. */
export type HeadingKey = SectionKey | 'page' | 'life'

/** What the templates are filled from: the title and the forms of it the entry supplies. */
export interface TitleNames {
  title: string
  forms?: Record<string, string>
}

/** Placeholders every locale can fill from the title alone. */
const fromTitle = new Set(['title', 'title_mid'])
const placeholder = /\{([a-z_]+)\}/g

function template(locale: Locale, key: HeadingKey): string {
  const { headings } = locales[locale]
  return key === 'page' ? headings.page : key === 'life' ? headings.life : headings.sections[key]
}

/**
 * The title inside a sentence: an ordinary capitalised first word loses its
 * capital ("Ingeniero de datos" → "ingeniero de datos"); a name or acronym
 * ("DevOps", "API", "QA") keeps it.
 */
export function titleMidSentence(title: string): string {
  return title.replace(/^(\p{Lu})(\p{Ll}+)(?=\s|$|-)/u, (_, first: string, rest: string) => first.toLowerCase() + rest)
}

/** Every value a template of the locale may name, for this title: computed ones first, then the entry's own forms. */
function values(locale: Locale, names: TitleNames): Record<string, string> {
  const config = locales[locale]
  return { ...names.forms, ...config.computedForms?.(names.title), title: names.title, title_mid: titleMidSentence(names.title) }
}

/**
 * A heading in the locale's words. A form the entry lacks is written as the
 * title within a sentence, so rendering never fails; parsing and lint report it (`missingForms`).
 */
export function headingText(locale: Locale, key: HeadingKey, names: TitleNames): string {
  const filled = values(locale, names)
  return template(locale, key).replace(placeholder, (_, name: string) => (Object.hasOwn(filled, name) ? filled[name]! : filled.title_mid!))
}

/** The heading's template with `…` for the title and its forms, for messages ("Definition of …"). */
export function headingPattern(locale: Locale, key: HeadingKey): string {
  return template(locale, key).replace(placeholder, '…')
}

const matchers = new Map<string, RegExp>()

/** Recognises the heading whatever the title says, so a renamed title still parses. */
export function headingMatcher(locale: Locale, key: HeadingKey): RegExp {
  const id = `${locale}:${key}`
  let matcher = matchers.get(id)
  if (!matcher) {
    const parts = template(locale, key).split(placeholder)
    // split keeps the captured names at odd indexes: those become "some text".
    const source = parts.map((part, i) => (i % 2 ? '.+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')
    matcher = new RegExp(`^${source}$`, 'iu')
    matchers.set(id, matcher)
  }
  return matcher
}

/** The forms of the title the entry must supply for these headings, in the order the locale's templates first use them. */
export function formsUsed(locale: Locale, keys: readonly HeadingKey[]): string[] {
  const config = locales[locale]
  const computed = new Set(Object.keys(config.computedForms?.('x') ?? {}))
  const used: string[] = []
  for (const key of keys) {
    for (const [, name] of template(locale, key).matchAll(placeholder)) {
      if (!fromTitle.has(name!) && !computed.has(name!) && !used.includes(name!)) used.push(name!)
    }
  }
  return used
}

/** Every form an entry of the locale may supply (`forms:` in its front matter), in canonical order. */
export function localeFormNames(locale: Locale): string[] {
  return formsUsed(locale, ['page', 'life', ...(Object.keys(locales[locale].headings.sections) as SectionKey[])])
}

/** The forms the headings need and the entry lacks, each with the first heading that needs it. */
export function missingForms(locale: Locale, keys: readonly HeadingKey[], forms: Record<string, string> = {}): { form: string; heading: string }[] {
  const missing: { form: string; heading: string }[] = []
  for (const key of keys) {
    for (const form of formsUsed(locale, [key])) {
      if (!Object.hasOwn(forms, form) && !missing.some((m) => m.form === form)) missing.push({ form, heading: template(locale, key) })
    }
  }
  return missing
}
