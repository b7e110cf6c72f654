import { defaultLocale, inFieldOrder, placed, VFileMessage, type CareerPath as Entry, type Locale, type RichText, type RichTextField } from '@careers/career-path'
import { lexicalToMdast, mdastToLexical, type RichTextEditorState, type SerializedEditorState } from '@careers/lexical-mdast'
import { entryId } from '@careers/publishing/feed'
import type { CareerPath } from '../payload-types'

type Id = number | string

/**
 * A `career-paths` document as Payload stores it (depth 0 or 1): the generated
 * type. A draft may lack what the type calls required, so every field is read
 * with a fallback.
 */
export type CareerPathDocument = CareerPath

/** What a write of a career path takes. */
export type CareerPathData = Omit<CareerPath, 'id' | 'createdAt' | 'updatedAt'>

type RelationValue = NonNullable<CareerPath['related']>[number]

/** Lexical's state as the generated type spells it: the same JSON as the converter's `SerializedEditorState`. */
type StoredRichText = CareerPath['definition']

const optionalRichText = ['workEnvironment', 'workingConditions', 'difficulty', 'outlook'] as const satisfies readonly RichTextField[]

export function relationId(value: RelationValue): Id {
  return typeof value === 'object' ? value.id : value
}

/**
 * Payload document → the model's plain entry, which is all the publishing
 * package sees. `slugOf` names related documents; links to documents it does not
 * know (deleted, or not published when publishing) are left out. Rich text that
 * Lexical holds but the model cannot is an error naming the field, never dropped.
 */
export function documentToEntry(doc: CareerPathDocument, slugOf: (id: Id) => string | undefined, locale: Locale = defaultLocale): Entry {
  const text = (value: string | null | undefined) => value ?? ''
  const rich = (field: string, state: StoredRichText | null | undefined): RichText => {
    try {
      return lexicalToMdast(state as SerializedEditorState | null | undefined)
    } catch (error) {
      if (!(error instanceof VFileMessage)) throw error
      // The converter's problem knows the node, not the field: this is where it is said, in
      // the text too, since a render job shows staff only the text.
      error.field = field
      throw placed(error)
    }
  }
  const draft: Entry = {
    // The id the slug gives is left implicit (a file without `id:` reads back as it); one kept from an older slug is said.
    id: doc.feedId && doc.feedId !== entryId({ slug: text(doc.slug) }) ? doc.feedId : undefined,
    title: text(doc.title),
    slug: text(doc.slug),
    definition: rich('definition', doc.definition),
    whatTheyDo: rich('whatTheyDo', doc.whatTheyDo),
    responsibilities: (doc.responsibilities ?? []).map((r) => text(r.text)),
    specializations: (doc.specializations ?? []).map((s) => ({ name: text(s.name), description: text(s.description) })),
    faqs: (doc.faqs ?? []).map((f, i) => ({ question: text(f.question), answer: rich(`faqs[${i}].answer`, f.answer) })),
    related: (doc.related ?? []).map((r) => slugOf(relationId(r))).filter((s): s is string => s !== undefined),
    tags: doc.tags?.length ? [...doc.tags] : undefined,
    occupationCode: doc.occupationCode || undefined,
    published: doc.published || undefined,
    updated: doc.updated || undefined,
    // The model leaves the default locale implicit (an English entry is what it always was), and names any other.
    locale: locale === defaultLocale ? undefined : locale,
    forms: doc.forms?.length ? Object.fromEntries(doc.forms.map((f) => [text(f.name), text(f.value)])) : undefined,
    translation: doc.translationSourceRevision ? { sourceRevision: doc.translationSourceRevision } : undefined,
  }
  for (const field of optionalRichText) {
    const tree = rich(field, doc[field])
    draft[field] = tree.children.length ? tree : undefined
  }
  // The model's key order, without absent keys, so entries from files and from
  // the database deep-equal each other.
  return inFieldOrder(draft)
}

/** The model's entry → the data Payload stores; `idOf` finds related documents by slug. */
export function entryToDocumentData(entry: Entry, idOf: (slug: string) => Id | undefined): CareerPathData {
  const rich = (tree: RichText | undefined) => (tree ? storedRichText(mdastToLexical(tree)) : null)
  return {
    title: entry.title,
    slug: entry.slug,
    // Required fields: the model's entry always has them.
    definition: rich(entry.definition)!,
    whatTheyDo: rich(entry.whatTheyDo)!,
    responsibilities: entry.responsibilities.map((text) => ({ text })),
    specializations: entry.specializations.map(({ name, description }) => ({ name, description })),
    workEnvironment: rich(entry.workEnvironment),
    workingConditions: rich(entry.workingConditions),
    difficulty: rich(entry.difficulty),
    outlook: rich(entry.outlook),
    faqs: entry.faqs.map(({ question, answer }) => ({ question, answer: rich(answer)! })),
    // Payload's SQL ids are numbers, MongoDB's strings: the type names the SQL one.
    related: entry.related.map(idOf).filter((id): id is Id => id !== undefined) as number[],
    tags: entry.tags ?? [],
    occupationCode: entry.occupationCode ?? null,
    published: entry.published ?? null,
    updated: entry.updated ?? null,
    feedId: entryId(entry),
    // Only a translation has these: an English entry's data stays what it was.
    ...(entry.forms ? { forms: Object.entries(entry.forms).map(([name, value]) => ({ name, value })) } : {}),
    ...(entry.translation ? { translationSourceRevision: entry.translation.sourceRevision } : {}),
  }
}

/** The converter's Lexical state as the generated type spells it (the same JSON, each node's own keys beside `type` and `version`). */
function storedRichText(state: RichTextEditorState): StoredRichText {
  const { root } = state
  return { root: { ...root, children: root.children.map((node) => ({ ...node })) } }
}
