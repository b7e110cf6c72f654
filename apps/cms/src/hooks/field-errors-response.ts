import type { AfterErrorHook } from 'payload'

interface FieldError {
  path: string
  message: string
}

/**
 * A validation error answers with its field messages, as the admin reads them
 * (`errors[0].data.errors`, each shown at its field) and REST clients need them.
 *
 * Payload formats them only for an error of its own class, and the built app
 * holds two copies of Payload: the one `instrumentation.ts` starts (whose
 * instance every request then uses) and the API route's. The route's
 * `instanceof` never matched, so a publish refused by the model answered only
 * "The following field is invalid: definition", and the admin showed that
 * toast instead of "definition: link … must be an absolute http, https or
 * mailto URL" at the field. Recognised by shape, not class.
 */
export const fieldErrorsResponse: AfterErrorHook = ({ error, result }) => {
  const { status, data, message } = error as Error & { status?: unknown; data?: { errors?: unknown } }
  if (status !== 400 || !Array.isArray(data?.errors) || !data.errors.every(isFieldError)) return
  const formatted = result?.errors?.[0] as { data?: unknown } | undefined
  if (formatted?.data) return
  return { response: { errors: [{ name: 'ValidationError', data, message }] }, status: 400 }
}

function isFieldError(value: unknown): value is FieldError {
  const e = value as Partial<FieldError> | null
  return typeof e?.path === 'string' && typeof e.message === 'string'
}
