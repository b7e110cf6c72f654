import { problemText, type VFileMessage } from '@careers/career-path'
import { ValidationError, type PayloadRequest } from 'payload'
import { toPayloadPath } from './field-paths'

/**
 * The one way the CMS refuses a save: Payload's `ValidationError`, each problem
 * shown at its field (Payload's path) with its text (`faqs[0].answer: link …`).
 * A problem of no field is shown at the entry's first, its title.
 */
export function refusal(problems: readonly VFileMessage[], collection: string, req: PayloadRequest): ValidationError {
  return new ValidationError({ collection, errors: problems.map((p) => ({ path: toPayloadPath(p.field ?? '(entry)'), message: problemText(p) })), req })
}
