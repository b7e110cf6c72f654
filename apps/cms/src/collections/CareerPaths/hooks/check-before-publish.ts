import { entryHeadingKeys, isLocale, locales, missingForms, problem, validateCareerPath, VFileMessage, type CareerPath as Entry } from '@careers/career-path'
import type { CollectionBeforeChangeHook } from 'payload'
import { careerPathsSlug } from '../../slugs'
import type { CareerPathDocument } from '../../../entries/document-entry'
import { toCurrentEntry } from '../../../entries/load-entries'
import { refusal } from '../../../entries/validation-error'

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
    // Rich text the model cannot hold, at its field.
    if (error instanceof VFileMessage) throw refusal([error], careerPathsSlug, req)
    throw error
  }
  const result = validateCareerPath(entry)
  const problems = result.ok ? [] : [...result.issues]
  // A translation's headings that need a form of the title its locale cannot make (`careers lint` says the same of a file).
  if (entry.locale) {
    for (const { form, heading } of missingForms(entry.locale, entryHeadingKeys(entry), entry.forms)) {
      problems.push(problem(`${locales[entry.locale].name} headings need the form "${form}" of the title ("${heading}"); add it under Forms of the title`, { rule: 'missing-form', field: 'forms' }))
    }
  }
  if (problems.length) throw refusal(problems, careerPathsSlug, req)
  return data
}
