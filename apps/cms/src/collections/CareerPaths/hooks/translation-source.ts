import { defaultLocale, isLocale } from '@careers/career-path'
import type { CollectionBeforeChangeHook } from 'payload'
import type { CareerPath } from '../../../payload-types'
import { sourceRevision, textRevision } from '../../../entries/translation-source'

/**
 * A translation records the revision of the default locale's text it was made
 * from (`translationSourceRevision`); when that text moves on, the translation
 * is stale (brief: "Languages"). A translator clears it by saving the
 * translation with its text changed, or by ticking "Translation is current"
 * (`confirmTranslation`, never stored): either records the source's revision
 * now. A revision the save itself sets is kept as given, and an import
 * (`context.keepTranslationSource`) stores its file's, stale or absent.
 */
export const recordTranslationSource: CollectionBeforeChangeHook<CareerPath> = async ({ data, originalDoc, req, operation, context }) => {
  const { confirmTranslation, ...next } = data
  const locale = req.locale
  if (!isLocale(locale) || locale === defaultLocale || context.keepTranslationSource) return next
  const original = originalDoc
  if (next.translationSourceRevision && next.translationSourceRevision !== original?.translationSourceRevision) return next
  const textChanged = textRevision(original && { ...original, ...next }) !== textRevision(original)
  if (!confirmTranslation && !textChanged) return next
  // A new document has no default-locale text to be translated from yet.
  if (operation === 'create' || !original?.id) return next
  const source = await sourceRevision(req.payload, original.id, undefined, req)
  return source ? { ...next, translationSourceRevision: source } : next
}
