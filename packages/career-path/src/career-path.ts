import type { Locale } from './locales/index.js'
import type { RichText } from './rich-text.js'

/** A specialization ("Types of …"): a name and a plain-text description. */
export interface Specialization {
  name: string
  description: string
}

/** A question readers ask, with a rich-text answer. */
export interface Faq {
  question: string
  answer: RichText
}

/**
 * One career-path entry, as the brief defines it. Rich text is mdast, so a
 * Markdown file parses straight into it and the CMS converts Lexical to it.
 * Optional fields are absent (never `undefined`) so entries compare with deep
 * equality after a round trip.
 */
export interface CareerPath {
  /** Stable identity for feeds; defaults to one made from the slug. */
  id?: string
  title: string
  slug: string
  definition: RichText
  whatTheyDo: RichText
  responsibilities: string[]
  specializations: Specialization[]
  workEnvironment?: RichText
  workingConditions?: RichText
  difficulty?: RichText
  outlook?: RichText
  faqs: Faq[]
  /** Slugs of related entries, in the order the editor chose. */
  related: string[]
  tags?: string[]
  /** O*NET-SOC code, e.g. `15-1252.00`. */
  occupationCode?: string
  /** RFC 3339 date or date-time of first publication. */
  published?: string
  /** RFC 3339 date or date-time of the last real change. */
  updated?: string
  /** The language of the entry's text; absent for the default locale (`en`). */
  locale?: Locale
  /**
   * Forms of the title the locale's headings need and cannot make, by name
   * (`genitive: eines Backend-Entwicklers`); see `localeFormNames`.
   */
  forms?: Record<string, string>
  /** A translation: the revision of the default-locale text it was made from (`translationRevision`). */
  translation?: { sourceRevision: string }
}

/** Every field, in the model's order: entries made anywhere list their keys alike, so deep equality compares like with like. */
export const careerPathFields = [
  'id',
  'title',
  'slug',
  'definition',
  'whatTheyDo',
  'responsibilities',
  'specializations',
  'workEnvironment',
  'workingConditions',
  'difficulty',
  'outlook',
  'faqs',
  'related',
  'tags',
  'occupationCode',
  'published',
  'updated',
  'locale',
  'forms',
  'translation',
] as const satisfies readonly (keyof CareerPath)[]

/** Copies one field when it is present: a key typed by itself, so the value's type follows it. */
function copyField<K extends keyof CareerPath>(to: Partial<CareerPath>, from: CareerPath, key: K): void {
  if (from[key] !== undefined) to[key] = from[key]
}

/**
 * The entry with its keys in the model's order (`careerPathFields`) and no
 * absent ones: entries made anywhere (a file, a document, a test) then list
 * their keys alike, and their JSON, hashes and deep equality agree.
 */
export function inFieldOrder(entry: CareerPath): CareerPath {
  const ordered: Partial<CareerPath> = {}
  for (const key of careerPathFields) copyField(ordered, entry, key)
  // The required fields again, by name, for the type: an object literal keeps a key where it first stood.
  const { title, slug, definition, whatTheyDo, responsibilities, specializations, faqs, related } = entry
  return { ...ordered, title, slug, definition, whatTheyDo, responsibilities, specializations, faqs, related }
}

/** The prose fields that hold rich text, in reading order. */
export const richTextFields = ['definition', 'whatTheyDo', 'workEnvironment', 'workingConditions', 'difficulty', 'outlook'] as const satisfies readonly (keyof CareerPath)[]

export type RichTextField = (typeof richTextFields)[number]
