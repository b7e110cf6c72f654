import { handleEndpoints, type Payload } from 'payload'
import { withRequestLocale } from '../../src/upstream/request-locale'
import { cmsKey } from './cms'

/**
 * A request to Payload's REST API in this process, through the handler the
 * app's `/api/[...slug]` route calls (query string, auth header, body and all),
 * on the test's own instance: the REST conventions under test without a built app.
 */
export async function restRequest(
  payload: Payload,
  method: 'GET' | 'PATCH' | 'POST' | 'DELETE',
  pathAndQuery: string,
  options: { token?: string; body?: unknown /** A read sent as the admin's pickers send it: a POST overridden to GET, its query in a form body. */; form?: string } = {},
): Promise<{ status: number; json: () => Promise<Record<string, unknown>> }> {
  const url = new URL(`/api${pathAndQuery}`, 'http://localhost:3000')
  const headers: Record<string, string> = {}
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.form !== undefined) Object.assign(headers, { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' })
  const body = options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  // As the app's route does: a request naming no locale is the default locale's.
  const request = await withRequestLocale(new Request(url, { method, headers, body }))
  const response = await handleEndpoints({ config: payload.config, path: url.pathname, request, payloadInstanceCacheKey: cmsKey(payload) })
  return { status: response.status, json: async () => (await response.json()) as Record<string, unknown> }
}
