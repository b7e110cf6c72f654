import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { CareerPath } from './career-path.js'
import { normalizeRichText } from './normalize.js'
import type { RichText } from './rich-text.js'
import { type SectionKey, sections } from './sections.js'

/**
 * The fields a translator translates, in the sections table's order (which
 * the revision hashes, so it stays what shipped translations recorded): the
 * title and every translated section. A change to any other field (tags,
 * dates, related) leaves translations current.
 */
export const translatableFields: readonly TranslatableField[] = ['title', ...sections.filter((s) => s.translated).map((s) => s.key as Exclude<SectionKey, 'related'>)]
type TranslatableField = 'title' | Exclude<SectionKey, 'related'>

/** Hex digits kept of the SHA-256: short enough for front matter, far too many to collide among one entry's revisions. */
const revisionLength = 16

/**
 * The revision of an entry's translatable text: a hash of its title, prose,
 * responsibilities, specializations and FAQs in normal form, the same for a
 * tree from Markdown and one from Lexical. A translation records the revision
 * of the default-locale entry it was made from (`translation.sourceRevision`);
 * when the source's revision moves on, the translation is stale. Pure (no
 * Node APIs), so the CMS computes it wherever it needs to.
 */
export function translationRevision(entry: CareerPath): string {
  const text: unknown[] = translatableFields.map((field) => {
    const value = entry[field]
    if (field === 'faqs') return entry.faqs.map((f) => [f.question, normalizeRichText(f.answer)])
    if (field === 'specializations') return entry.specializations.map((s) => [s.name, s.description])
    if (value !== undefined && typeof value === 'object' && !Array.isArray(value)) return normalizeRichText(value as RichText)
    return value ?? null
  })
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(text)))).slice(0, revisionLength)
}

/** JSON with object keys sorted, so equal values serialize alike whatever order their keys were made in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** Whether a translation is behind its source: it records no revision, or another one than the source's now. */
export function isStaleTranslation(translation: Pick<CareerPath, 'translation'>, source: CareerPath): boolean {
  return translation.translation?.sourceRevision !== translationRevision(source)
}
