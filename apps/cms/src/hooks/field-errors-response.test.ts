import { formatErrors, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'
import { fieldErrorsResponse } from './field-errors-response'

/** What the hook gets: the error, and the response Payload formatted for it. */
const run = (error: Error) => fieldErrorsResponse({ error, result: formatErrors(error as never), context: {}, req: {} as never })

/** A ValidationError as another bundled copy of Payload throws it: same shape, a class this copy's `instanceof` does not know. */
class ForeignValidationError extends Error {
  status = 400
  isPublic = true
  constructor(readonly data: { collection: string; errors: { path: string; message: string }[] }) {
    super(`The following field is invalid: ${data.errors.map((e) => e.path).join(', ')}`)
  }
}

describe('fieldErrorsResponse', () => {
  const errors = [{ path: 'definition', message: 'definition: link "javascript:alert(1)" must be an absolute http, https or mailto URL' }]

  it("answers with the field messages of a validation error from another copy of Payload, as the admin reads them", () => {
    const error = new ForeignValidationError({ collection: 'career-paths', errors })
    // What Payload alone answers: the summary, without the fields.
    expect(formatErrors(error as never)).toEqual({ errors: [{ message: 'The following field is invalid: definition' }] })
    expect(run(error)).toEqual({
      status: 400,
      response: { errors: [{ name: 'ValidationError', message: 'The following field is invalid: definition', data: { collection: 'career-paths', errors } }] },
    })
  })

  it("leaves alone what Payload formatted itself, and errors that are not a field's", () => {
    expect(run(new ValidationError({ collection: 'career-paths', errors }))).toBeUndefined()
    expect(run(Object.assign(new Error('boom'), { status: 500, data: { errors } }))).toBeUndefined()
    expect(run(Object.assign(new Error('Not Found'), { status: 404 }))).toBeUndefined()
    expect(run(Object.assign(new Error('odd'), { status: 400, data: { errors: ['not a field error'] } }))).toBeUndefined()
  })
})
