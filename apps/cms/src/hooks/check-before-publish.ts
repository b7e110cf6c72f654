import { validateCareerPath } from '@careers/career-path'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { documentToEntry, EntryFieldError, payloadFieldPath, relationId, type CareerPathDocument } from '../entries/document-entry'

/**
 * A draft may be unfinished; a published entry must be one the publishing
 * package can render in every format. The model's validation runs on the very
 * entry the routes will render, and each problem is shown at its field.
 */
export const checkBeforePublish: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  if (data._status !== 'published') return data
  const doc = { ...originalDoc, ...data } as CareerPathDocument
  const ids = (doc.related ?? []).map(relationId)
  const { docs } = ids.length
    ? await req.payload.find({ collection: careerPathsSlug, where: { id: { in: ids } }, depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true, req })
    : { docs: [] }
  const slugs = new Map(docs.map((d) => [String(d.id), String((d as { slug?: string }).slug ?? '')]))
  let entry
  try {
    entry = documentToEntry(doc, (id) => slugs.get(String(id)))
  } catch (error) {
    if (error instanceof EntryFieldError) throw new ValidationError({ collection: careerPathsSlug, errors: [{ path: error.field, message: error.message }], req })
    throw error
  }
  const result = validateCareerPath(entry)
  if (!result.ok) {
    throw new ValidationError({
      collection: careerPathsSlug,
      errors: result.issues.map((issue) => ({ path: payloadFieldPath(issue.path), message: `${issue.path}: ${issue.message}` })),
      req,
    })
  }
  return data
}
