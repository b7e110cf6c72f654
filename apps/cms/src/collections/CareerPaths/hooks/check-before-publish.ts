import { entryHeadingKeys, isLocale, locales, missingForms, validateCareerPath, type CareerPath as Entry } from '@careers/career-path'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { careerPathsSlug } from '../../slugs'
import { EntryFieldError, payloadFieldPath, type CareerPathDocument } from '../../../entries/document-entry'
import { toCurrentEntry } from '../../../entries/load-entries'

/**
 * A draft may be unfinished; a published entry must be one the publishing
 * package can render in every format. The model's validation runs on the very
 * entry the routes will render, and each problem is shown at its field.
 */
export const checkBeforePublish: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  if (data._status !== 'published') return data
  let entry: Entry
  try {
    // The locale being published: its texts are the ones that go public (each locale is published on its own).
    ;({ entry } = await toCurrentEntry({ payload: req.payload, req, locale: isLocale(req.locale) ? req.locale : undefined }, { ...originalDoc, ...data } as CareerPathDocument))
  } catch (error) {
    if (error instanceof EntryFieldError) throw new ValidationError({ collection: careerPathsSlug, errors: [{ path: error.field, message: error.message }], req })
    throw error
  }
  const result = validateCareerPath(entry)
  const errors = result.ok ? [] : result.issues.map((issue) => ({ path: payloadFieldPath(issue.path), message: `${issue.path}: ${issue.message}` }))
  // A translation's headings that need a form of the title its locale cannot make (`careers lint` says the same of a file).
  if (entry.locale) {
    for (const { form, heading } of missingForms(entry.locale, entryHeadingKeys(entry), entry.forms)) {
      errors.push({ path: 'forms', message: `forms: ${locales[entry.locale].name} headings need the form "${form}" of the title ("${heading}"); add it under Forms of the title` })
    }
  }
  if (errors.length) throw new ValidationError({ collection: careerPathsSlug, errors, req })
  return data
}
